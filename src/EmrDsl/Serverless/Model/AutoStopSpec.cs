using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>AutoStopConfig</c> structure of the EMR Serverless API. The configuration for an application to automatically stop after a certain amount of time being idle.</summary>
public sealed record AutoStopSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Enables the application to automatically stop after a certain amount of time being idle.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The amount of idle time in minutes after which your application will automatically stop.</summary>
    public int? IdleTimeoutMinutes { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<AutoStopSpec> Shape = new ApiShape<AutoStopSpec>("AutoStopConfig", () => new AutoStopSpec())
        .Member("enabled", Codec.Bool, s => s.Enabled, (s, v) => s with { Enabled = v })
        .Member("idleTimeoutMinutes", Codec.Int, s => s.IdleTimeoutMinutes, (s, v) => s with { IdleTimeoutMinutes = v }, MemberLimits.Of(min: 1, max: 10080));
}
