using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>MonitoringConfiguration</c> structure of the EMR Serverless API. The configuration setting for monitoring.</summary>
public sealed record ServerlessMonitoringSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The Amazon S3 configuration for monitoring log publishing.</summary>
    public ServerlessS3MonitoringSpec? S3MonitoringConfiguration { get; init; }

    /// <summary>The managed log persistence configuration for a job run.</summary>
    public ManagedPersistenceSpec? ManagedPersistenceMonitoringConfiguration { get; init; }

    /// <summary>The Amazon CloudWatch configuration for monitoring logs.</summary>
    public CloudWatchLoggingSpec? CloudWatchLoggingConfiguration { get; init; }

    /// <summary>The monitoring configuration object you can configure to send metrics to Amazon Managed Service for Prometheus for a job run.</summary>
    public PrometheusMonitoringSpec? PrometheusMonitoringConfiguration { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ServerlessMonitoringSpec> Shape = new ApiShape<ServerlessMonitoringSpec>("MonitoringConfiguration", () => new ServerlessMonitoringSpec())
        .Member("s3MonitoringConfiguration", Codec.Object(() => ServerlessS3MonitoringSpec.Shape), s => s.S3MonitoringConfiguration, (s, v) => s with { S3MonitoringConfiguration = v })
        .Member("managedPersistenceMonitoringConfiguration", Codec.Object(() => ManagedPersistenceSpec.Shape), s => s.ManagedPersistenceMonitoringConfiguration, (s, v) => s with { ManagedPersistenceMonitoringConfiguration = v })
        .Member("cloudWatchLoggingConfiguration", Codec.Object(() => CloudWatchLoggingSpec.Shape), s => s.CloudWatchLoggingConfiguration, (s, v) => s with { CloudWatchLoggingConfiguration = v })
        .Member("prometheusMonitoringConfiguration", Codec.Object(() => PrometheusMonitoringSpec.Shape), s => s.PrometheusMonitoringConfiguration, (s, v) => s with { PrometheusMonitoringConfiguration = v });
}
