using EmrDsl.Serverless.Emit;

namespace EmrDsl.Serverless;

public sealed partial class ServerlessApplication
{
    /// <summary>The CreateApplication request JSON (boto3 <c>create_application(**payload)</c>): service-model member order, no nulls, no client token.</summary>
    public string ToCreateApplicationJson() => CreateApplicationJson.Write(Spec);
}
