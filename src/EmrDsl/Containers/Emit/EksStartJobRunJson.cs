using System;
using EmrDsl.Containers.Model;
using EmrDsl.Json;
using EmrDsl.Model;

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

        // As for a cluster: no artifact is ever written with a literal password (EMR016 says where at the call).
        foreach (var (key, _, path, _) in EksConfigurationProperties.LiteralPasswords(spec))
        {
            throw new LiteralSecretException(path, $"{path} holds a literal password, so the StartJobRun request is not written (it would carry the password into CI logs and artifact stores). Set it from a Secret instead: .Set(\"{key}\", Secret.AirflowVariable(...)), Secret.StepFunctionsPath(\"$.…\") or another source the submitting tool resolves.");
        }

        return EksJobRunSpec.Shape.Write(spec);
    }

    public static string Write(EksJobRunSpec spec) => JsonText.Write(ToJson(spec));
}
