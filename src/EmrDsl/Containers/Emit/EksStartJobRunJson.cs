using System;
using EmrDsl.Containers.Model;
using EmrDsl.Json;

namespace EmrDsl.Containers.Emit;

/// <summary>The EMR on EKS (emr-containers) StartJobRun request.</summary>
public static class EksStartJobRunJson
{
    internal static JsonObject ToJson(EksJobRunSpec spec)
    {
        // A run started from a job template takes its driver from the template.
        if (spec.JobDriver is null && spec.JobTemplateId is null)
        {
            throw new InvalidOperationException($"The job run on virtual cluster '{spec.VirtualClusterId}' has no job driver. Call .SparkSubmit(job) or .SparkSql(entryPoint).");
        }

        return EksJobRunSpec.Shape.Write(spec);
    }

    public static string Write(EksJobRunSpec spec) => JsonText.Write(ToJson(spec));
}
