using System;
using EmrDsl.Containers.Model;
using EmrDsl.Model;

namespace EmrDsl.Containers;

/// <summary>Runs started from a job template (CreateJobTemplate): the template supplies what the run leaves out.</summary>
public sealed partial class EksJobRun
{
    /// <summary>
    /// Starts a run on virtual cluster <paramref name="virtualClusterId"/> from the job template
    /// <paramref name="jobTemplateId"/> (as CreateJobTemplate returns it), which supplies the role, release, driver and
    /// configuration this run does not set; give the template's parameters with <see cref="TemplateParameter"/>.
    /// </summary>
    public static EksJobRun FromTemplate(string virtualClusterId, string jobTemplateId) => new(new EksJobRunSpec
    {
        VirtualClusterId = Require.VirtualClusterId(virtualClusterId, nameof(virtualClusterId)),
        JobTemplateId = Require.EksResourceId(jobTemplateId, nameof(jobTemplateId), "The job template id"),
    });

    /// <summary>A value for the template's parameter <paramref name="name"/> (<c>${Name}</c> in the template); replaces an earlier one.</summary>
    public EksJobRun TemplateParameter(string name, string value) => With(s =>
    {
        if (s.JobTemplateId is null)
        {
            throw new InvalidOperationException($"The run sets template parameter '{name}' but starts from no job template. Start it with EksJobRun.FromTemplate(virtualClusterId, jobTemplateId).");
        }

        return s with
        {
            JobTemplateParameters = s.JobTemplateParameters.Set(
                Require.TemplateParameterName(name, nameof(name)),
                string.IsNullOrWhiteSpace(value) || value.Length > 1024
                    ? throw new ArgumentException($"The value of template parameter '{name}' must be 1 to 1024 characters with at least one that is not white space.", nameof(value))
                    : value),
        };
    });

    /// <summary>
    /// Managed logs: whether AWS may retain the run's logs (<c>allowAWSToRetainLogs</c>) and the KMS key that encrypts
    /// them. Replaces an earlier setting.
    /// </summary>
    public EksJobRun ManagedLogs(bool allowAwsToRetainLogs, string? encryptionKeyArn = null) => WithMonitoring(m => m with
    {
        ManagedLogs = new EksManagedLogsSpec
        {
            AllowAWSToRetainLogs = EksJobParts.Toggle(allowAwsToRetainLogs),
            EncryptionKeyArn = encryptionKeyArn is null ? null : Require.EksKmsKeyArn(encryptionKeyArn, nameof(encryptionKeyArn)),
        },
    });
}
