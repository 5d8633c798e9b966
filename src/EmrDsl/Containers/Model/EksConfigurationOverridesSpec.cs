using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>ConfigurationOverrides</c> structure of the EMR on EKS API. A configuration specification to be used to override existing configurations.</summary>
public sealed record EksConfigurationOverridesSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The configurations for the application running by the job run.</summary>
    public EquatableArray<EksConfigurationSpec> ApplicationConfiguration { get; init; }

    /// <summary>The configurations for monitoring.</summary>
    public EksMonitoringSpec? MonitoringConfiguration { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksConfigurationOverridesSpec> Shape = new ApiShape<EksConfigurationOverridesSpec>("ConfigurationOverrides", () => new EksConfigurationOverridesSpec())
        .Member("applicationConfiguration", Codec.ObjectList(() => EksConfigurationSpec.Shape), s => s.ApplicationConfiguration, (s, v) => s with { ApplicationConfiguration = v }, MemberLimits.Of(maxLength: 100))
        .Member("monitoringConfiguration", Codec.Object(() => EksMonitoringSpec.Shape), s => s.MonitoringConfiguration, (s, v) => s with { MonitoringConfiguration = v });
}
