using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>ConfigurationOverrides</c> structure of the EMR Serverless API. A configuration specification to be used to override existing configurations.</summary>
public sealed record ConfigurationOverridesSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The override configurations for the application.</summary>
    public EquatableArray<ServerlessConfigurationSpec> ApplicationConfiguration { get; init; }

    /// <summary>The override configurations for monitoring.</summary>
    public ServerlessMonitoringSpec? MonitoringConfiguration { get; init; }

    /// <summary>The override configuration to encrypt local disks.</summary>
    public DiskEncryptionSpec? DiskEncryptionConfiguration { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ConfigurationOverridesSpec> Shape = new ApiShape<ConfigurationOverridesSpec>("ConfigurationOverrides", () => new ConfigurationOverridesSpec())
        .Member("applicationConfiguration", Codec.ObjectList(() => ServerlessConfigurationSpec.Shape), s => s.ApplicationConfiguration, (s, v) => s with { ApplicationConfiguration = v }, MemberLimits.Of(maxLength: 100))
        .Member("monitoringConfiguration", Codec.Object(() => ServerlessMonitoringSpec.Shape), s => s.MonitoringConfiguration, (s, v) => s with { MonitoringConfiguration = v })
        .Member("diskEncryptionConfiguration", Codec.Object(() => DiskEncryptionSpec.Shape), s => s.DiskEncryptionConfiguration, (s, v) => s with { DiskEncryptionConfiguration = v });
}
