using EmrDsl;

namespace Acme.DataPlatform.Environments;

public static partial class Clickstream
{
    [EmrCluster]
    public static Cluster Dev => For(EnvironmentSettings.Dev);
}
