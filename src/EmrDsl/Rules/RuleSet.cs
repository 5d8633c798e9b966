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
}
