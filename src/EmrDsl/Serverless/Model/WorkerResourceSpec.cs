using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>WorkerResourceConfig</c> structure of the EMR Serverless API. The cumulative configuration requirements for every worker instance of the worker type.</summary>
public sealed record WorkerResourceSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The CPU requirements for every worker instance of the worker type.</summary>
    public string? Cpu { get; init; }

    /// <summary>The memory requirements for every worker instance of the worker type.</summary>
    public string? Memory { get; init; }

    /// <summary>The disk requirements for every worker instance of the worker type.</summary>
    public string? Disk { get; init; }

    /// <summary>The disk type for every worker instance of the work type.</summary>
    public string? DiskType { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<WorkerResourceSpec> Shape = new ApiShape<WorkerResourceSpec>("WorkerResourceConfig", () => new WorkerResourceSpec())
        .Member("cpu", Codec.String, s => s.Cpu, (s, v) => s with { Cpu = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 15))
        .Member("memory", Codec.String, s => s.Memory, (s, v) => s with { Memory = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 15))
        .Member("disk", Codec.String, s => s.Disk, (s, v) => s with { Disk = v }, MemberLimits.Of(minLength: 1, maxLength: 15))
        .Member("diskType", Codec.String, s => s.DiskType, (s, v) => s with { DiskType = v });
}
