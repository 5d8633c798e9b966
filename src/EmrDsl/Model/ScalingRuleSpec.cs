using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>ScalingRule</c> structure of the EMR API. A scale-in or scale-out rule that defines scaling activity, including the CloudWatch metric alarm that triggers activity, how Amazon EC2 instances are added or removed, and the periodicity of adjustments.</summary>
public sealed record ScalingRuleSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The name used to identify an automatic scaling rule.</summary>
    public string? Name { get; init; }

    /// <summary>A friendly, more verbose description of the automatic scaling rule.</summary>
    public string? Description { get; init; }

    /// <summary>The conditions that trigger an automatic scaling activity.</summary>
    public ScalingActionSpec? Action { get; init; }

    /// <summary>The CloudWatch alarm definition that determines when automatic scaling activity is triggered.</summary>
    public ScalingTriggerSpec? Trigger { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ScalingRuleSpec> Shape = new ApiShape<ScalingRuleSpec>("ScalingRule", () => new ScalingRuleSpec())
        .Member("Name", Codec.String, s => s.Name, (s, v) => s with { Name = v }, MemberLimits.Of(required: true))
        .Member("Description", Codec.String, s => s.Description, (s, v) => s with { Description = v })
        .Member("Action", Codec.Object(() => ScalingActionSpec.Shape), s => s.Action, (s, v) => s with { Action = v }, MemberLimits.Of(required: true))
        .Member("Trigger", Codec.Object(() => ScalingTriggerSpec.Shape), s => s.Trigger, (s, v) => s with { Trigger = v }, MemberLimits.Of(required: true));
}
