using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>CreateApplicationRequest</c> structure of the EMR Serverless API.</summary>
public sealed record ServerlessApplicationSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The name of the application.</summary>
    public string? Name { get; init; }

    /// <summary>The Amazon EMR release associated with the application.</summary>
    public string? ReleaseLabel { get; init; }

    /// <summary>The type of application you want to start, such as Spark or Hive.</summary>
    public string? Type { get; init; }

    /// <summary>The client idempotency token of the application to create.</summary>
    public string? ClientToken { get; init; }

    /// <summary>The capacity to initialize when the application is created.</summary>
    public EquatableArray<KeyedSpec<InitialCapacitySpec>> InitialCapacity { get; init; }

    /// <summary>The maximum capacity to allocate when the application is created.</summary>
    public MaximumCapacitySpec? MaximumCapacity { get; init; }

    /// <summary>The tags assigned to the application.</summary>
    public EquatableArray<MapEntry> Tags { get; init; }

    /// <summary>The configuration for an application to automatically start on job submission.</summary>
    public AutoStartSpec? AutoStartConfiguration { get; init; }

    /// <summary>The configuration for an application to automatically stop after a certain amount of time being idle.</summary>
    public AutoStopSpec? AutoStopConfiguration { get; init; }

    /// <summary>The network configuration for customer VPC connectivity.</summary>
    public ServerlessNetworkSpec? NetworkConfiguration { get; init; }

    /// <summary>The CPU architecture of an application.</summary>
    public ServerlessArchitecture? Architecture { get; init; }

    /// <summary>The image configuration for all worker types.</summary>
    public ImageConfigurationSpec? ImageConfiguration { get; init; }

    /// <summary>The key-value pairs that specify worker type to WorkerTypeSpecificationInput.</summary>
    public EquatableArray<KeyedSpec<WorkerTypeSpecificationSpec>> WorkerTypeSpecifications { get; init; }

    /// <summary>The Configuration specifications to use when creating an application.</summary>
    public EquatableArray<ServerlessConfigurationSpec> RuntimeConfiguration { get; init; }

    /// <summary>The configuration setting for monitoring.</summary>
    public ServerlessMonitoringSpec? MonitoringConfiguration { get; init; }

    /// <summary>The configuration object that allows encrypting local disks.</summary>
    public DiskEncryptionSpec? DiskEncryptionConfiguration { get; init; }

    /// <summary>The interactive configuration object that enables the interactive use cases to use when running an application.</summary>
    public InteractiveSpec? InteractiveConfiguration { get; init; }

    /// <summary>The scheduler configuration for batch and streaming jobs running on this application.</summary>
    public SchedulerSpec? SchedulerConfiguration { get; init; }

    /// <summary>The IAM Identity Center Configuration accepts the Identity Center instance parameter required to enable trusted identity propagation.</summary>
    public IdentityCenterSpec? IdentityCenterConfiguration { get; init; }

    /// <summary>The configuration object that enables job level cost allocation.</summary>
    public JobLevelCostAllocationSpec? JobLevelCostAllocationConfiguration { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ServerlessApplicationSpec> Shape = new ApiShape<ServerlessApplicationSpec>("CreateApplicationRequest", () => new ServerlessApplicationSpec())
        .Member("name", Codec.String, s => s.Name, (s, v) => s with { Name = v }, MemberLimits.Of(minLength: 1, maxLength: 64))
        .Member("releaseLabel", Codec.String, s => s.ReleaseLabel, (s, v) => s with { ReleaseLabel = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 64))
        .Member("type", Codec.String, s => s.Type, (s, v) => s with { Type = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 64))
        .Member("clientToken", Codec.String, s => s.ClientToken, (s, v) => s with { ClientToken = v }, MemberLimits.Of(minLength: 1, maxLength: 64))
        .Member("initialCapacity", Codec.ObjectMap(() => InitialCapacitySpec.Shape), s => s.InitialCapacity, (s, v) => s with { InitialCapacity = v }, MemberLimits.Of(maxLength: 10))
        .Member("maximumCapacity", Codec.Object(() => MaximumCapacitySpec.Shape), s => s.MaximumCapacity, (s, v) => s with { MaximumCapacity = v })
        .Member("tags", Codec.Map, s => s.Tags, (s, v) => s with { Tags = v }, MemberLimits.Of(maxLength: 200))
        .Member("autoStartConfiguration", Codec.Object(() => AutoStartSpec.Shape), s => s.AutoStartConfiguration, (s, v) => s with { AutoStartConfiguration = v })
        .Member("autoStopConfiguration", Codec.Object(() => AutoStopSpec.Shape), s => s.AutoStopConfiguration, (s, v) => s with { AutoStopConfiguration = v })
        .Member("networkConfiguration", Codec.Object(() => ServerlessNetworkSpec.Shape), s => s.NetworkConfiguration, (s, v) => s with { NetworkConfiguration = v })
        .Member("architecture", Codec.Enum<ServerlessArchitecture>(), s => s.Architecture, (s, v) => s with { Architecture = v })
        .Member("imageConfiguration", Codec.Object(() => ImageConfigurationSpec.Shape), s => s.ImageConfiguration, (s, v) => s with { ImageConfiguration = v })
        .Member("workerTypeSpecifications", Codec.ObjectMap(() => WorkerTypeSpecificationSpec.Shape), s => s.WorkerTypeSpecifications, (s, v) => s with { WorkerTypeSpecifications = v })
        .Member("runtimeConfiguration", Codec.ObjectList(() => ServerlessConfigurationSpec.Shape), s => s.RuntimeConfiguration, (s, v) => s with { RuntimeConfiguration = v }, MemberLimits.Of(maxLength: 100))
        .Member("monitoringConfiguration", Codec.Object(() => ServerlessMonitoringSpec.Shape), s => s.MonitoringConfiguration, (s, v) => s with { MonitoringConfiguration = v })
        .Member("diskEncryptionConfiguration", Codec.Object(() => DiskEncryptionSpec.Shape), s => s.DiskEncryptionConfiguration, (s, v) => s with { DiskEncryptionConfiguration = v })
        .Member("interactiveConfiguration", Codec.Object(() => InteractiveSpec.Shape), s => s.InteractiveConfiguration, (s, v) => s with { InteractiveConfiguration = v })
        .Member("schedulerConfiguration", Codec.Object(() => SchedulerSpec.Shape), s => s.SchedulerConfiguration, (s, v) => s with { SchedulerConfiguration = v })
        .Member("identityCenterConfiguration", Codec.Object(() => IdentityCenterSpec.Shape), s => s.IdentityCenterConfiguration, (s, v) => s with { IdentityCenterConfiguration = v })
        .Member("jobLevelCostAllocationConfiguration", Codec.Object(() => JobLevelCostAllocationSpec.Shape), s => s.JobLevelCostAllocationConfiguration, (s, v) => s with { JobLevelCostAllocationConfiguration = v });
}
