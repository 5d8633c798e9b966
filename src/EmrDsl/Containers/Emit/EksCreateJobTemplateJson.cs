using System;
using EmrDsl.Containers.Model;
using EmrDsl.Json;

namespace EmrDsl.Containers.Emit;

/// <summary>The EMR on EKS (emr-containers) CreateJobTemplate request.</summary>
public static class EksCreateJobTemplateJson
{
    internal static JsonObject ToJson(EksJobTemplateSpec spec)
    {
        if (spec.Name is null || spec.JobTemplateData is not { ExecutionRoleArn: not null, ReleaseLabel: not null })
        {
            throw new InvalidOperationException(
                $"The job template '{spec.Name}' lacks its name, execution role or release label, which CreateJobTemplate requires. Build it with EksJobTemplate.Create(name, executionRoleArn, releaseLabel).");
        }

        if (spec.JobTemplateData.JobDriver is null)
        {
            throw new InvalidOperationException($"The job template '{spec.Name}' has no job driver. Call .SparkSubmit(job) or .SparkSql(entryPoint).");
        }

        return EksJobTemplateSpec.Shape.Write(spec);
    }

    public static string Write(EksJobTemplateSpec spec) => JsonText.Write(ToJson(spec));
}
