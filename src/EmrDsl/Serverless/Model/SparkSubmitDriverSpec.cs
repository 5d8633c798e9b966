using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>SparkSubmit</c> structure of the EMR Serverless API. The configurations for the Spark submit job driver.</summary>
public sealed record SparkSubmitDriverSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The entry point for the Spark submit job run.</summary>
    public string? EntryPoint { get; init; }

    /// <summary>The arguments for the Spark submit job run.</summary>
    public EquatableArray<string> EntryPointArguments { get; init; }

    /// <summary>The parameters for the Spark submit job run.</summary>
    public string? SparkSubmitParameters { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<SparkSubmitDriverSpec> Shape = new ApiShape<SparkSubmitDriverSpec>("SparkSubmit", () => new SparkSubmitDriverSpec())
        .Member("entryPoint", Codec.String, s => s.EntryPoint, (s, v) => s with { EntryPoint = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 4096))
        .Member("entryPointArguments", Codec.StringList, s => s.EntryPointArguments, (s, v) => s with { EntryPointArguments = v }, MemberLimits.Of(maxLength: 1024))
        .Member("sparkSubmitParameters", Codec.String, s => s.SparkSubmitParameters, (s, v) => s with { SparkSubmitParameters = v }, MemberLimits.Of(minLength: 1, maxLength: 102400));
}
