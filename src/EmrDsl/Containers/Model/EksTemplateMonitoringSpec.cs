using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>
/// The <c>ParametricMonitoringConfiguration</c> structure of the EMR on EKS API: a job template's monitoring, whose
/// persistent UI setting may be a <c>${Parameter}</c>. The S3 and CloudWatch parts are the job run's structures.
/// </summary>
public sealed record EksTemplateMonitoringSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary><c>ENABLED</c>, <c>DISABLED</c> or a <c>${Parameter}</c>.</summary>
    public string? PersistentAppUI { get; init; }

    /// <summary>Monitoring configurations for CloudWatch.</summary>
    public EksCloudWatchMonitoringSpec? CloudWatchMonitoringConfiguration { get; init; }

    /// <summary>Amazon S3 configuration for monitoring log publishing.</summary>
    public EksS3MonitoringSpec? S3MonitoringConfiguration { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksTemplateMonitoringSpec> Shape = new ApiShape<EksTemplateMonitoringSpec>("ParametricMonitoringConfiguration", () => new EksTemplateMonitoringSpec())
        .Member("persistentAppUI", Codec.String, s => s.PersistentAppUI, (s, v) => s with { PersistentAppUI = v }, MemberLimits.Of(minLength: 1, maxLength: 512))
        .Member("cloudWatchMonitoringConfiguration", Codec.Object(() => EksCloudWatchMonitoringSpec.Shape), s => s.CloudWatchMonitoringConfiguration, (s, v) => s with { CloudWatchMonitoringConfiguration = v })
        .Member("s3MonitoringConfiguration", Codec.Object(() => EksS3MonitoringSpec.Shape), s => s.S3MonitoringConfiguration, (s, v) => s with { S3MonitoringConfiguration = v });
}
