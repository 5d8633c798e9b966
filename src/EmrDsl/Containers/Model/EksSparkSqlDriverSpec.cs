using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>SparkSqlJobDriver</c> structure of the EMR on EKS API. The job driver for job type.</summary>
public sealed record EksSparkSqlDriverSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The SQL file to be executed.</summary>
    public string? EntryPoint { get; init; }

    /// <summary>The Spark parameters to be included in the Spark SQL command.</summary>
    public string? SparkSqlParameters { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksSparkSqlDriverSpec> Shape = new ApiShape<EksSparkSqlDriverSpec>("SparkSqlJobDriver", () => new EksSparkSqlDriverSpec())
        .Member("entryPoint", Codec.String, s => s.EntryPoint, (s, v) => s with { EntryPoint = v }, MemberLimits.Of(minLength: 1, maxLength: 256))
        .Member("sparkSqlParameters", Codec.String, s => s.SparkSqlParameters, (s, v) => s with { SparkSqlParameters = v }, MemberLimits.Of(minLength: 1, maxLength: 102400));
}
