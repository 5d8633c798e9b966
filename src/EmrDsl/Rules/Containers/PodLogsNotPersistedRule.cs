using System.Collections.Generic;
using EmrDsl.Containers;
using EmrDsl.Containers.Model;

namespace EmrDsl.Rules;

/// <summary>
/// EMR051: a job run that sends its logs neither to S3 nor to CloudWatch keeps them only in the driver and executor
/// pods, and Kubernetes deletes them with the pods once the run ends. A run started from a job template is not
/// judged: the template may set the monitoring.
/// </summary>
public sealed class PodLogsNotPersistedRule : EksRule
{
    public PodLogsNotPersistedRule()
        : base(RuleIds.PodLogsNotPersisted, "Logs vanish with the pods", FindingSeverity.Warning, RuleCategory.Operations)
    {
    }

    public override IEnumerable<Finding> CheckJobRun(EksJobRunSpec jobRun, RuleContext context)
    {
        var monitoring = jobRun.ConfigurationOverrides?.MonitoringConfiguration;
        if (jobRun.JobTemplateId is not null || monitoring?.S3MonitoringConfiguration?.LogUri is not null || monitoring?.CloudWatchMonitoringConfiguration?.LogGroupName is not null)
        {
            yield break;
        }

        var path = monitoring is not null ? "configurationOverrides.monitoringConfiguration" : jobRun.ConfigurationOverrides is not null ? "configurationOverrides" : string.Empty;
        var noUserInterface = monitoring?.PersistentAppUI == Toggle.Disabled
            ? " The persistent application UI is disabled too, so nothing of the run stays to debug it."
            : string.Empty;
        yield return Report(
            path,
            "The job run sends its logs neither to S3 nor to CloudWatch, so the driver and executor logs exist only in their pods and are lost when Kubernetes removes them after the run." + noUserInterface
            + " Call .Monitoring(s3LogUri: \"s3://<log-bucket>/emr-on-eks/\") or .Monitoring(cloudWatchLogGroup: \"/emr-on-eks/<job>\").");
    }
}
