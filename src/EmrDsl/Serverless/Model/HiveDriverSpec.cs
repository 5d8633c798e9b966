using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>Hive</c> structure of the EMR Serverless API. The configurations for the Hive job driver.</summary>
public sealed record HiveDriverSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The query for the Hive job run.</summary>
    public string? Query { get; init; }

    /// <summary>The query file for the Hive job run.</summary>
    public string? InitQueryFile { get; init; }

    /// <summary>The parameters for the Hive job run.</summary>
    public string? Parameters { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<HiveDriverSpec> Shape = new ApiShape<HiveDriverSpec>("Hive", () => new HiveDriverSpec())
        .Member("query", Codec.String, s => s.Query, (s, v) => s with { Query = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 10280))
        .Member("initQueryFile", Codec.String, s => s.InitQueryFile, (s, v) => s with { InitQueryFile = v }, MemberLimits.Of(minLength: 1, maxLength: 256))
        .Member("parameters", Codec.String, s => s.Parameters, (s, v) => s with { Parameters = v }, MemberLimits.Of(minLength: 1, maxLength: 102400));
}
