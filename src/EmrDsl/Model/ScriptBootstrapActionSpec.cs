using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>ScriptBootstrapActionConfig</c> structure of the EMR API. Configuration of the script to run during a bootstrap action.</summary>
public sealed record ScriptBootstrapActionSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Location in Amazon S3 of the script to run during a bootstrap action.</summary>
    public string? Path { get; init; }

    /// <summary>A list of command line arguments to pass to the bootstrap action script.</summary>
    public EquatableArray<string> Args { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ScriptBootstrapActionSpec> Shape = new ApiShape<ScriptBootstrapActionSpec>("ScriptBootstrapActionConfig", () => new ScriptBootstrapActionSpec())
        .Member("Path", Codec.String, s => s.Path, (s, v) => s with { Path = v }, MemberLimits.Of(required: true, maxLength: 10280))
        .Member("Args", Codec.StringList, s => s.Args, (s, v) => s with { Args = v });
}
