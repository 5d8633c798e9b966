using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>JobDriver</c> structure of the EMR Serverless API. The driver that the job runs on.</summary>
public sealed record JobDriverSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The job driver parameters specified for Spark.</summary>
    public SparkSubmitDriverSpec? SparkSubmit { get; init; }

    /// <summary>The job driver parameters specified for Hive.</summary>
    public HiveDriverSpec? Hive { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<JobDriverSpec> Shape = new ApiShape<JobDriverSpec>("JobDriver", () => new JobDriverSpec())
        .Member("sparkSubmit", Codec.Object(() => SparkSubmitDriverSpec.Shape), s => s.SparkSubmit, (s, v) => s with { SparkSubmit = v })
        .Member("hive", Codec.Object(() => HiveDriverSpec.Shape), s => s.Hive, (s, v) => s with { Hive = v });
}
