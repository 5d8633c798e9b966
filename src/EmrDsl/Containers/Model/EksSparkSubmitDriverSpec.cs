using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>SparkSubmitJobDriver</c> structure of the EMR on EKS API. The information about job driver for Spark submit.</summary>
public sealed record EksSparkSubmitDriverSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The entry point of job application.</summary>
    public string? EntryPoint { get; init; }

    /// <summary>The arguments for job application.</summary>
    public EquatableArray<string> EntryPointArguments { get; init; }

    /// <summary>The Spark submit parameters that are used for job runs.</summary>
    public string? SparkSubmitParameters { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksSparkSubmitDriverSpec> Shape = new ApiShape<EksSparkSubmitDriverSpec>("SparkSubmitJobDriver", () => new EksSparkSubmitDriverSpec())
        .Member("entryPoint", Codec.String, s => s.EntryPoint, (s, v) => s with { EntryPoint = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 256))
        .Member("entryPointArguments", Codec.StringList, s => s.EntryPointArguments, (s, v) => s with { EntryPointArguments = v })
        .Member("sparkSubmitParameters", Codec.String, s => s.SparkSubmitParameters, (s, v) => s with { SparkSubmitParameters = v }, MemberLimits.Of(minLength: 1, maxLength: 102400));
}
