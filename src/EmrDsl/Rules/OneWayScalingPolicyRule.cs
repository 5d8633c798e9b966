using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Rules.Support;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>
/// EMR021: an automatic scaling policy whose rules only add instances or only remove them: the group moves to one of
/// its limits and stays there until someone resizes it by hand.
/// </summary>
public sealed class OneWayScalingPolicyRule : AutoScalingPolicyRule
{
    public OneWayScalingPolicyRule()
        : base(RuleIds.OneWayScalingPolicy, "Automatic scaling policy only grows or only shrinks", FindingSeverity.Warning, RuleCategory.Cost)
    {
    }

    protected override IEnumerable<Finding> Check(AutoScalingPolicySpec policy, string policyPath, PolicyOwner? owner)
    {
        var directions = policy.Rules.Select(ScalingRules.Direction).ToList();

        // An EXACT_CAPACITY rule sets a size, which can be either way: the policy may well be two-way.
        if (directions.Count == 0 || directions.Contains(ScalingDirection.Unknown))
        {
            yield break;
        }

        var grows = directions.Contains(ScalingDirection.Out);
        var shrinks = directions.Contains(ScalingDirection.In);
        if (grows && shrinks)
        {
            yield break;
        }

        var limit = grows ? policy.Constraints?.MaxCapacity : policy.Constraints?.MinCapacity;
        var limitText = limit is { } value ? $" ({(grows ? "MaxCapacity" : "MinCapacity")} {value.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
        yield return Report(
            WirePath.Member(policyPath, "Rules"),
            grows
                ? $"{DescribePolicy(owner, sentenceStart: true)} only adds instances: no rule removes any, so the group grows to its maximum{limitText} and stays there, billed, until resized by hand. Add a scale-in rule (a negative adjustment) on a metric that shows idle capacity, e.g. YARNMemoryAvailablePercentage GREATER_THAN 75."
                : $"{DescribePolicy(owner, sentenceStart: true)} only removes instances: no rule adds any, so the group shrinks to its minimum{limitText} and stays there however much work waits. Add a scale-out rule (a positive adjustment) on a metric that shows pressure, e.g. YARNMemoryAvailablePercentage LESS_THAN 15 or ContainerPendingRatio GREATER_THAN 0.75.");
    }
}
