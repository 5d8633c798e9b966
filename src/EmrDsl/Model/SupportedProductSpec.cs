using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>SupportedProductConfig</c> structure of the EMR API. The list of supported product configurations that allow user-supplied arguments.</summary>
public sealed record SupportedProductSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The name of the product configuration.</summary>
    public string? Name { get; init; }

    /// <summary>The list of user-supplied arguments.</summary>
    public EquatableArray<string> Args { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<SupportedProductSpec> Shape = new ApiShape<SupportedProductSpec>("SupportedProductConfig", () => new SupportedProductSpec())
        .Member("Name", Codec.String, s => s.Name, (s, v) => s with { Name = v }, MemberLimits.Of(maxLength: 256))
        .Member("Args", Codec.StringList, s => s.Args, (s, v) => s with { Args = v });
}
