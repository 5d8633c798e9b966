using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>AddJobFlowStepsInput</c> structure of the EMR API: steps to add to a running cluster.</summary>
public sealed record AddJobFlowStepsSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The id of the cluster (job flow), as RunJobFlow or ListClusters return it.</summary>
    public string? JobFlowId { get; init; }

    /// <summary>The steps to run, in order.</summary>
    public EquatableArray<StepSpec> Steps { get; init; }

    /// <summary>The ARN of the runtime role the steps run as.</summary>
    public string? ExecutionRoleArn { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<AddJobFlowStepsSpec> Shape = new ApiShape<AddJobFlowStepsSpec>("AddJobFlowStepsInput", () => new AddJobFlowStepsSpec())
        .Member("JobFlowId", Codec.String, s => s.JobFlowId, (s, v) => s with { JobFlowId = v }, MemberLimits.Of(required: true, maxLength: 256))
        .Member("Steps", Codec.ObjectList(() => StepSpec.Shape), s => s.Steps, (s, v) => s with { Steps = v }, MemberLimits.Of(required: true))
        .Member("ExecutionRoleArn", Codec.String, s => s.ExecutionRoleArn, (s, v) => s with { ExecutionRoleArn = v }, MemberLimits.Of(minLength: 20, maxLength: 2048));
}
