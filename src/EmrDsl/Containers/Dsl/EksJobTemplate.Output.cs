using EmrDsl.Containers.Emit;

namespace EmrDsl.Containers;

public sealed partial class EksJobTemplate
{
    /// <summary>The CreateJobTemplate request JSON (boto3 <c>emr-containers create_job_template(**payload)</c>): service-model member order, no nulls, no client token.</summary>
    public string ToCreateJobTemplateJson() => EksCreateJobTemplateJson.Write(Spec);
}
