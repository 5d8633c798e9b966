using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>MonitoringConfiguration</c> structure of the EMR on EKS API. Configuration setting for monitoring.</summary>
public sealed record EksMonitoringSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The entity that controls configuration for managed logs.</summary>
    public EksManagedLogsSpec? ManagedLogs { get; init; }

    /// <summary>Monitoring configurations for the persistent application UI.</summary>
    public Toggle? PersistentAppUI { get; init; }

    /// <summary>Monitoring configurations for CloudWatch.</summary>
    public EksCloudWatchMonitoringSpec? CloudWatchMonitoringConfiguration { get; init; }

    /// <summary>Amazon S3 configuration for monitoring log publishing.</summary>
    public EksS3MonitoringSpec? S3MonitoringConfiguration { get; init; }

    /// <summary>Enable or disable container log rotation.</summary>
    public EksContainerLogRotationSpec? ContainerLogRotationConfiguration { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksMonitoringSpec> Shape = new ApiShape<EksMonitoringSpec>("MonitoringConfiguration", () => new EksMonitoringSpec())
        .Member("managedLogs", Codec.Object(() => EksManagedLogsSpec.Shape), s => s.ManagedLogs, (s, v) => s with { ManagedLogs = v })
        .Member("persistentAppUI", Codec.Enum<Toggle>(), s => s.PersistentAppUI, (s, v) => s with { PersistentAppUI = v })
        .Member("cloudWatchMonitoringConfiguration", Codec.Object(() => EksCloudWatchMonitoringSpec.Shape), s => s.CloudWatchMonitoringConfiguration, (s, v) => s with { CloudWatchMonitoringConfiguration = v })
        .Member("s3MonitoringConfiguration", Codec.Object(() => EksS3MonitoringSpec.Shape), s => s.S3MonitoringConfiguration, (s, v) => s with { S3MonitoringConfiguration = v })
        .Member("containerLogRotationConfiguration", Codec.Object(() => EksContainerLogRotationSpec.Shape), s => s.ContainerLogRotationConfiguration, (s, v) => s with { ContainerLogRotationConfiguration = v });
}
