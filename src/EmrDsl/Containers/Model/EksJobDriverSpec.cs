using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>JobDriver</c> structure of the EMR on EKS API. Specify the driver that the job runs on.</summary>
public sealed record EksJobDriverSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The job driver parameters specified for spark submit.</summary>
    public EksSparkSubmitDriverSpec? SparkSubmitJobDriver { get; init; }

    /// <summary>The job driver for job type.</summary>
    public EksSparkSqlDriverSpec? SparkSqlJobDriver { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksJobDriverSpec> Shape = new ApiShape<EksJobDriverSpec>("JobDriver", () => new EksJobDriverSpec())
        .Member("sparkSubmitJobDriver", Codec.Object(() => EksSparkSubmitDriverSpec.Shape), s => s.SparkSubmitJobDriver, (s, v) => s with { SparkSubmitJobDriver = v })
        .Member("sparkSqlJobDriver", Codec.Object(() => EksSparkSqlDriverSpec.Shape), s => s.SparkSqlJobDriver, (s, v) => s with { SparkSqlJobDriver = v });
}
