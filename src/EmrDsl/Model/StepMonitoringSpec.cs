using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>StepMonitoringConfiguration</c> structure of the EMR API. Object that holds configuration properties for logging.</summary>
public sealed record StepMonitoringSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The Amazon S3 configuration for monitoring log publishing.</summary>
    public S3MonitoringSpec? S3MonitoringConfiguration { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<StepMonitoringSpec> Shape = new ApiShape<StepMonitoringSpec>("StepMonitoringConfiguration", () => new StepMonitoringSpec())
        .Member("S3MonitoringConfiguration", Codec.Object(() => S3MonitoringSpec.Shape), s => s.S3MonitoringConfiguration, (s, v) => s with { S3MonitoringConfiguration = v });
}
