using EmrDsl.Containers.Emit;

namespace EmrDsl.Containers;

public sealed partial class EksJobRun
{
    /// <summary>The StartJobRun request JSON (boto3 <c>emr-containers start_job_run(**payload)</c>): service-model member order, no nulls, no client token.</summary>
    public string ToStartJobRunJson() => EksStartJobRunJson.Write(Spec);
}
