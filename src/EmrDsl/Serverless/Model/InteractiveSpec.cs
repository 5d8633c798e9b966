using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>InteractiveConfiguration</c> structure of the EMR Serverless API. The configuration to use to enable the different types of interactive use cases in an application.</summary>
public sealed record InteractiveSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Enables you to connect an application to Amazon EMR Studio to run interactive workloads in a notebook.</summary>
    public bool? StudioEnabled { get; init; }

    /// <summary>Enables an Apache Livy endpoint that you can connect to and run interactive jobs.</summary>
    public bool? LivyEndpointEnabled { get; init; }

    /// <summary>Enables interactive sessions on the application.</summary>
    public bool? SessionEnabled { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<InteractiveSpec> Shape = new ApiShape<InteractiveSpec>("InteractiveConfiguration", () => new InteractiveSpec())
        .Member("studioEnabled", Codec.Bool, s => s.StudioEnabled, (s, v) => s with { StudioEnabled = v })
        .Member("livyEndpointEnabled", Codec.Bool, s => s.LivyEndpointEnabled, (s, v) => s with { LivyEndpointEnabled = v })
        .Member("sessionEnabled", Codec.Bool, s => s.SessionEnabled, (s, v) => s with { SessionEnabled = v });
}
