using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>HadoopJarStepConfig</c> structure of the EMR API. A job flow step consisting of a JAR file whose main function will be executed.</summary>
public sealed record HadoopJarStepSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>A list of Java properties that are set when the step runs.</summary>
    public EquatableArray<MapEntry> Properties { get; init; }

    /// <summary>A path to a JAR file run during the step.</summary>
    public string? Jar { get; init; }

    /// <summary>The name of the main class in the specified Java file.</summary>
    public string? MainClass { get; init; }

    /// <summary>A list of command line arguments passed to the JAR file's main function when executed.</summary>
    public EquatableArray<string> Args { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<HadoopJarStepSpec> Shape = new ApiShape<HadoopJarStepSpec>("HadoopJarStepConfig", () => new HadoopJarStepSpec())
        .Member("Properties", Codec.KeyValueList("Key", "Value"), s => s.Properties, (s, v) => s with { Properties = v })
        .Member("Jar", Codec.String, s => s.Jar, (s, v) => s with { Jar = v }, MemberLimits.Of(required: true, maxLength: 10280))
        .Member("MainClass", Codec.String, s => s.MainClass, (s, v) => s with { MainClass = v }, MemberLimits.Of(maxLength: 10280))
        .Member("Args", Codec.StringList, s => s.Args, (s, v) => s with { Args = v });
}
