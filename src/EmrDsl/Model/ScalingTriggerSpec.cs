using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>ScalingTrigger</c> structure of the EMR API. The conditions that trigger an automatic scaling activity.</summary>
public sealed record ScalingTriggerSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The definition of a CloudWatch metric alarm.</summary>
    public CloudWatchAlarmSpec? CloudWatchAlarmDefinition { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ScalingTriggerSpec> Shape = new ApiShape<ScalingTriggerSpec>("ScalingTrigger", () => new ScalingTriggerSpec())
        .Member("CloudWatchAlarmDefinition", Codec.Object(() => CloudWatchAlarmSpec.Shape), s => s.CloudWatchAlarmDefinition, (s, v) => s with { CloudWatchAlarmDefinition = v }, MemberLimits.Of(required: true));
}
