using EmrDsl;

namespace Acme.DataPlatform.Environments;

public static partial class Clickstream
{
    /// <summary>Small and cheap: one core node, everything else from the base.</summary>
    [EmrCluster]
    public static Cluster Dev => Base.Named("clickstream-dev")
        .Subnet(Accounts.PrivateSubnetA)
        .Core(InstanceTypes.M6g.X2Large, count: 1)
        .Tag("Environment", "dev");
}
