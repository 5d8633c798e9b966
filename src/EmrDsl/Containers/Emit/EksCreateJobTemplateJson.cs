using System;
using EmrDsl.Containers.Model;
using EmrDsl.Json;
using EmrDsl.Model;

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

        foreach (var (key, _, path, _) in EksConfigurationProperties.LiteralPasswords(spec))
        {
            throw new LiteralSecretException(path, $"{path} holds a literal password, so the CreateJobTemplate request is not written (it would carry the password into CI logs and artifact stores). Make it a template parameter (.Set(\"{key}\", \"${{MetastorePassword}}\") with .Parameter(\"MetastorePassword\", TemplateParameterType.String)) that each run supplies, or set it from a Secret.");
        }

        return EksJobTemplateSpec.Shape.Write(spec);
    }

    public static string Write(EksJobTemplateSpec spec) => JsonText.Write(ToJson(spec));
}
