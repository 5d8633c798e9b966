using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>
/// The <c>ParametricConfigurationOverrides</c> structure of the EMR on EKS API: a job template's configuration
/// overrides (the job run's configurations, and monitoring without managed logs or log rotation).
/// </summary>
public sealed record EksTemplateOverridesSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The configurations for the application the job runs.</summary>
    public EquatableArray<EksConfigurationSpec> ApplicationConfiguration { get; init; }

    /// <summary>The configurations for monitoring.</summary>
    public EksTemplateMonitoringSpec? MonitoringConfiguration { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksTemplateOverridesSpec> Shape = new ApiShape<EksTemplateOverridesSpec>("ParametricConfigurationOverrides", () => new EksTemplateOverridesSpec())
        .Member("applicationConfiguration", Codec.ObjectList(() => EksConfigurationSpec.Shape), s => s.ApplicationConfiguration, (s, v) => s with { ApplicationConfiguration = v }, MemberLimits.Of(maxLength: 100))
        .Member("monitoringConfiguration", Codec.Object(() => EksTemplateMonitoringSpec.Shape), s => s.MonitoringConfiguration, (s, v) => s with { MonitoringConfiguration = v });
}
