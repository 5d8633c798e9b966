using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>BootstrapActionConfig</c> structure of the EMR API. Configuration of a bootstrap action.</summary>
public sealed record BootstrapActionSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The name of the bootstrap action.</summary>
    public string? Name { get; init; }

    /// <summary>The script run by the bootstrap action.</summary>
    public ScriptBootstrapActionSpec? ScriptBootstrapAction { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<BootstrapActionSpec> Shape = new ApiShape<BootstrapActionSpec>("BootstrapActionConfig", () => new BootstrapActionSpec())
        .Member("Name", Codec.String, s => s.Name, (s, v) => s with { Name = v }, MemberLimits.Of(required: true, maxLength: 256))
        .Member("ScriptBootstrapAction", Codec.Object(() => ScriptBootstrapActionSpec.Shape), s => s.ScriptBootstrapAction, (s, v) => s with { ScriptBootstrapAction = v }, MemberLimits.Of(required: true));
}
