using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>AutoStartConfig</c> structure of the EMR Serverless API. The configuration for an application to automatically start on job submission.</summary>
public sealed record AutoStartSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Enables the application to automatically start on job submission.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<AutoStartSpec> Shape = new ApiShape<AutoStartSpec>("AutoStartConfig", () => new AutoStartSpec())
        .Member("enabled", Codec.Bool, s => s.Enabled, (s, v) => s with { Enabled = v });
}
