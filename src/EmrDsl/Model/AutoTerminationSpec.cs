using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>AutoTerminationPolicy</c> structure of the EMR API. An auto-termination policy for an Amazon EMR cluster.</summary>
public sealed record AutoTerminationSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Specifies the amount of idle time in seconds after which the cluster automatically terminates.</summary>
    public long? IdleTimeout { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<AutoTerminationSpec> Shape = new ApiShape<AutoTerminationSpec>("AutoTerminationPolicy", () => new AutoTerminationSpec())
        .Member("IdleTimeout", Codec.Long, s => s.IdleTimeout, (s, v) => s with { IdleTimeout = v });
}
