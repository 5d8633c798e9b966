using System.Collections.Generic;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Rules;

/// <summary>EMR107: with managed persistence off and no S3 or CloudWatch logging, job run logs are lost.</summary>
public sealed class LogsNotPersistedRule : ServerlessRule
{
    public LogsNotPersistedRule()
        : base(RuleIds.ServerlessLogsNotPersisted, "Logs not persisted", FindingSeverity.Warning, RuleCategory.Operations)
    {
    }

    public override IEnumerable<Finding> CheckApplication(ServerlessApplicationSpec application, RuleContext context)
    {
        if (!Persists(application.MonitoringConfiguration, null))
        {
            yield return Report("monitoringConfiguration", Message);
        }
    }

    public override IEnumerable<Finding> CheckJobRun(ServerlessJobRunSpec jobRun, ServerlessApplicationSpec? application, RuleContext context)
    {
        var overrides = jobRun.ConfigurationOverrides?.MonitoringConfiguration;
        if (overrides is not null && !Persists(overrides, application?.MonitoringConfiguration))
        {
            yield return Report("configurationOverrides.monitoringConfiguration", Message);
        }
    }

    private const string Message =
        "Managed log persistence is turned off and logs go neither to S3 nor to CloudWatch, so driver and executor logs are lost when the run ends. Set s3LogUri, or leave managed persistence on.";

    /// <summary>Whether logs are kept: managed persistence is on unless turned off; a run's settings override the application's.</summary>
    private static bool Persists(ServerlessMonitoringSpec? monitoring, ServerlessMonitoringSpec? application) =>
        (monitoring?.ManagedPersistenceMonitoringConfiguration?.Enabled ?? application?.ManagedPersistenceMonitoringConfiguration?.Enabled) != false
        || (monitoring?.S3MonitoringConfiguration ?? application?.S3MonitoringConfiguration)?.LogUri is not null
        || (monitoring?.CloudWatchLoggingConfiguration ?? application?.CloudWatchLoggingConfiguration)?.Enabled == true;
}
