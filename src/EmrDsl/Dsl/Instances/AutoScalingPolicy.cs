using System;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>The rules of an instance group's automatic scaling policy (<c>AutoScalingPolicy</c>).</summary>
public sealed class AutoScalingPolicy
{
    private AutoScalingPolicy(AutoScalingPolicySpec spec) => Spec = spec;

    /// <summary>The policy written so far.</summary>
    public AutoScalingPolicySpec Spec { get; }

    /// <summary>Adds a rule, e.g. <c>.Rule("scale-out", r => r.Adjust(2).When("YARNMemoryAvailablePercentage", ComparisonOperator.LessThan, 15))</c>; a name written again replaces that rule.</summary>
    public AutoScalingPolicy Rule(string name, Func<ScalingRule, ScalingRule> configure)
    {
        var rule = Require.NotNull(configure, nameof(configure), "The rule lambda")(new ScalingRule(Require.Name(name, nameof(name)))).Spec;
        var index = Spec.Rules.FindIndex(r => r.Name == name);
        return new(Spec with { Rules = index < 0 ? Spec.Rules.Add(rule) : Spec.Rules.SetItem(index, rule) });
    }

    internal static AutoScalingPolicySpec Build(int minCapacity, int maxCapacity, Func<AutoScalingPolicy, AutoScalingPolicy> rules)
    {
        Require.NonNegative(minCapacity, nameof(minCapacity), "The minimum capacity");
        if (maxCapacity < minCapacity)
        {
            throw new ArgumentOutOfRangeException(nameof(maxCapacity), maxCapacity, $"The maximum capacity ({maxCapacity}) cannot be below the minimum ({minCapacity}).");
        }

        var seed = new AutoScalingPolicy(new AutoScalingPolicySpec { Constraints = new ScalingConstraintsSpec { MinCapacity = minCapacity, MaxCapacity = maxCapacity } });
        return Require.NotNull(rules, nameof(rules), "The rules lambda")(seed).Spec;
    }
}
