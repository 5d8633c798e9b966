using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>Application</c> structure of the EMR API. With Amazon EMR release version 4.0 and later, the only accepted parameter is the application name.</summary>
public sealed record ApplicationSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The name of the application.</summary>
    public string? Name { get; init; }

    /// <summary>The version of the application.</summary>
    public string? Version { get; init; }

    /// <summary>Arguments for Amazon EMR to pass to the application.</summary>
    public EquatableArray<string> Args { get; init; }

    /// <summary>This option is for advanced users only.</summary>
    public EquatableArray<MapEntry> AdditionalInfo { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ApplicationSpec> Shape = new ApiShape<ApplicationSpec>("Application", () => new ApplicationSpec())
        .Member("Name", Codec.String, s => s.Name, (s, v) => s with { Name = v })
        .Member("Version", Codec.String, s => s.Version, (s, v) => s with { Version = v })
        .Member("Args", Codec.StringList, s => s.Args, (s, v) => s with { Args = v })
        .Member("AdditionalInfo", Codec.Map, s => s.AdditionalInfo, (s, v) => s with { AdditionalInfo = v });
}
