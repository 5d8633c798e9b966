using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Emit;

/// <summary>
/// The RunJobFlow request: the object boto3's run_job_flow(**payload), Airflow and Step Functions take. Secret members
/// carry their <see cref="SecretReference"/> text; a literal secret throws <see cref="LiteralSecretException"/>.
/// </summary>
public static class RunJobFlowJson
{
    internal static JsonObject ToJson(ClusterSpec spec)
    {
        SecretValue.RequireNoLiterals(spec, "RunJobFlow request");
        return ClusterSpec.Shape.Write(spec);
    }

    public static string Write(ClusterSpec spec) => JsonText.Write(ToJson(spec));
}
