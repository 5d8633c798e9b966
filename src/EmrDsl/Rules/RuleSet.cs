using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>The rules EmrDsl ships, run together in id order so output is deterministic.</summary>
public static class RuleSet
{
    public static IReadOnlyList<ClusterRule> All { get; } = new ClusterRule[]
    {
        new SpotCoreNodesRule(),
        new MissingLogUriRule(),
        new UnencryptedSecurityConfigurationRule(),
        new MissingSecurityConfigurationRule(),
        new SkewProneSparkSettingsRule(),
        new SpotMasterNodeRule(),
        new KeptAliveWithoutAutoTerminationRule(),
        new ActionOnFailureLifetimeRule(),
        new UnsupportedReleaseOrInstanceTypeRule(),
        new RejectedByApiRule(),
        new HardCodedCredentialRule(),
        new ManagedScalingLimitsRule(),
        new SpotFleetProvisioningRule(),
        new KerberosNotEnabledRule(),
        new NoSubnetRule(),
        new LiteralSecretRule(),
        new ScalingAgainstMetricRule(),
        new OneWayScalingPolicyRule(),
        new ScalingConstraintsUnmetRule(),
        new ScalingRulesFightRule(),
        new AutoScalingPolicyNotAllowedRule(),
        new AutoScalingWithoutRoleRule(),
        new ManagedScalingUnsupportedRule(),
        new ManagedAndCustomScalingRule(),
        new ManagedScalingWithoutSpotRule(),
        new TerminationProtectedStateMachineRule(),
        new SecretNotFromStateDataRule(),
        new RuntimeRolesNotEnabledRule(),
    }.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

    /// <summary>Runs every rule over <paramref name="spec"/>; findings come grouped by rule id, each rule's in request order.</summary>
    public static IReadOnlyList<Finding> Run(ClusterSpec spec, RuleContext? context = null)
    {
        if (spec is null)
        {
            throw new ArgumentNullException(nameof(spec));
        }

        var effective = context ?? RuleContext.Default;
        return All.SelectMany(rule => rule.Check(spec, effective)).ToArray();
    }

    /// <summary>Runs the rules that apply to steps on their own over an AddJobFlowSteps request, grouped by rule id.</summary>
    public static IReadOnlyList<Finding> Run(AddJobFlowStepsSpec spec, RuleContext? context = null)
    {
        if (spec is null)
        {
            throw new ArgumentNullException(nameof(spec));
        }

        var effective = context ?? RuleContext.Default;
        return All.SelectMany(rule => rule.CheckSteps(spec, effective)).ToArray();
    }

    /// <summary>
    /// Runs the rules that judge an automatic scaling policy without its cluster over <paramref name="policy"/>, whose
    /// paths start at <paramref name="policyPath"/> (empty for the bare policy document), grouped by rule id.
    /// </summary>
    public static IReadOnlyList<Finding> RunAutoScalingPolicy(AutoScalingPolicySpec policy, string policyPath = "", RuleContext? context = null)
    {
        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var effective = context ?? RuleContext.Default;
        return All.SelectMany(rule => rule.CheckAutoScalingPolicy(policy, policyPath ?? string.Empty, effective)).ToArray();
    }

    /// <summary>Runs the policy rules over a PutAutoScalingPolicy request (paths under <c>AutoScalingPolicy</c>); a request without a policy has nothing to judge.</summary>
    public static IReadOnlyList<Finding> Run(PutAutoScalingPolicySpec request, RuleContext? context = null) =>
        (request ?? throw new ArgumentNullException(nameof(request))).AutoScalingPolicy is { } policy
            ? RunAutoScalingPolicy(policy, "AutoScalingPolicy", context)
            : Array.Empty<Finding>();

    /// <summary>Runs the rules that judge managed scaling limits without the cluster over a PutManagedScalingPolicy request (paths under <c>ManagedScalingPolicy</c>).</summary>
    public static IReadOnlyList<Finding> Run(PutManagedScalingPolicySpec request, RuleContext? context = null)
    {
        if ((request ?? throw new ArgumentNullException(nameof(request))).ManagedScalingPolicy is not { } policy)
        {
            return Array.Empty<Finding>();
        }

        var effective = context ?? RuleContext.Default;
        return All.SelectMany(rule => rule.CheckManagedScaling(policy, "ManagedScalingPolicy", effective)).ToArray();
    }
}
