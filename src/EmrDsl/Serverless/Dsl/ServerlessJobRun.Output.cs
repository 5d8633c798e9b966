using EmrDsl.Serverless.Emit;

namespace EmrDsl.Serverless;

public sealed partial class ServerlessJobRun
{
    /// <summary>The StartJobRun request JSON (boto3 <c>start_job_run(**payload)</c>): service-model member order, no nulls, no client token.</summary>
    public string ToStartJobRunJson() => StartJobRunJson.Write(Spec);
}
