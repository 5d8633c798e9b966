using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>MonitoringConfiguration</c> structure of the EMR API. Contains CloudWatch log configuration and S3 logging configuration metadata and settings.</summary>
public sealed record MonitoringSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>CloudWatch log configuration settings and metadata that specify settings like log files to monitor and where to send them.</summary>
    public CloudWatchLogSpec? CloudWatchLogConfiguration { get; init; }

    /// <summary>S3 logging configuration that controls how different types of logs (system logs, application logs, and persistent UI logs) are uploaded to S3.</summary>
    public S3LoggingSpec? S3LoggingConfiguration { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<MonitoringSpec> Shape = new ApiShape<MonitoringSpec>("MonitoringConfiguration", () => new MonitoringSpec())
        .Member("CloudWatchLogConfiguration", Codec.Object(() => CloudWatchLogSpec.Shape), s => s.CloudWatchLogConfiguration, (s, v) => s with { CloudWatchLogConfiguration = v })
        .Member("S3LoggingConfiguration", Codec.Object(() => S3LoggingSpec.Shape), s => s.S3LoggingConfiguration, (s, v) => s with { S3LoggingConfiguration = v });
}
