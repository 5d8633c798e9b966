using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>JobLevelCostAllocationConfiguration</c> structure of the EMR Serverless API. The configuration object that enables job level cost allocation.</summary>
public sealed record JobLevelCostAllocationSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Enables job level cost allocation for the application.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<JobLevelCostAllocationSpec> Shape = new ApiShape<JobLevelCostAllocationSpec>("JobLevelCostAllocationConfiguration", () => new JobLevelCostAllocationSpec())
        .Member("enabled", Codec.Bool, s => s.Enabled, (s, v) => s with { Enabled = v });
}
