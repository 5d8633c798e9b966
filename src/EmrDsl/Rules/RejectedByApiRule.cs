using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Rules.Support;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>
/// EMR010: what the RunJobFlow, AddJobFlowSteps, PutAutoScalingPolicy and PutManagedScalingPolicy APIs reject. Member limits come generically from the shape tables;
/// the rules across members come from the API reference (RunJobFlow, AddJobFlowSteps, JobFlowInstancesConfig,
/// InstanceFleetConfig).
/// Duplicate step or instance group names are accepted by the API and therefore not reported.
/// </summary>
public sealed class RejectedByApiRule : ClusterRule
{
    /// <summary>"A maximum of 256 steps are allowed in each job flow" (RunJobFlow, AddJobFlowSteps).</summary>
    public const int MaxSteps = 256;

    /// <summary>"The string values passed into HadoopJarStep object cannot exceed a total of 10240 characters" (AddJobFlowSteps).</summary>
    public const int MaxHadoopJarStepCharacters = 10240;

    public RejectedByApiRule()
        : base(RuleIds.RejectedByApi, "Rejected by the EMR API", FindingSeverity.Error, RuleCategory.Correctness)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        foreach (var violation in ShapeLimits.Violations(ClusterSpec.Shape, spec, string.Empty))
        {
            yield return Report(violation.Path, violation.Value);
        }

        var steps = Steps(spec.Steps, "RunJobFlow accepts at most {0}. Submit the rest later with AddJobFlowSteps or combine them.");
        foreach (var finding in InstanceForms(spec).Concat(steps).Concat(S3LogUploads(spec)))
        {
            yield return finding;
        }
    }

    public override IEnumerable<Finding> CheckSteps(AddJobFlowStepsSpec spec, RuleContext context) =>
        ShapeLimits.Violations(AddJobFlowStepsSpec.Shape, spec, string.Empty).Select(violation => Report(violation.Path, violation.Value))
            .Concat(Steps(spec.Steps, "a cluster runs at most {0}. Split them across requests to different clusters, or combine them."));

    /// <summary>The policy's member limits (required constraints and rule members), at its place in the request or document.</summary>
    public override IEnumerable<Finding> CheckAutoScalingPolicy(AutoScalingPolicySpec policy, string policyPath, RuleContext context) =>
        ShapeLimits.Violations(AutoScalingPolicySpec.Shape, policy, policyPath).Select(violation => Report(violation.Path, violation.Value));

    public override IEnumerable<Finding> CheckManagedScaling(ManagedScalingSpec policy, string policyPath, RuleContext context) =>
        ShapeLimits.Violations(ManagedScalingSpec.Shape, policy, policyPath).Select(violation => Report(violation.Path, violation.Value));

    /// <summary>
    /// The member limits of a request of another EMR API (an EMR on EKS StartJobRun), at their paths in it: what lint
    /// reports for a request that has no rules of its own.
    /// </summary>
    internal IEnumerable<Finding> CheckLimits<TSpec>(ApiShape<TSpec> shape, TSpec spec)
        where TSpec : class =>
        ShapeLimits.Violations(shape, spec, string.Empty).Select(violation => Report(violation.Path, violation.Value));

    private IEnumerable<Finding> InstanceForms(ClusterSpec spec)
    {
        var instances = spec.Instances;
        if (instances is null)
        {
            yield break;
        }

        if (!instances.InstanceGroups.IsEmpty && !instances.InstanceFleets.IsEmpty)
        {
            yield return Report(
                ClusterNodes.FleetsPath,
                "The request sets both InstanceGroups and InstanceFleets; RunJobFlow accepts one or the other. Keep the form you use and remove the other.");
            yield break;
        }

        if (!instances.InstanceGroups.IsEmpty)
        {
            foreach (var finding in Groups(spec))
            {
                yield return finding;
            }
        }
        else if (!instances.InstanceFleets.IsEmpty)
        {
            foreach (var finding in Fleets(spec))
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Finding> Groups(ClusterSpec spec)
    {
        // Located puts a path together only when a finding reads it, so listing every group costs no strings.
        var groups = ClusterNodes.Groups(spec).ToList();
        var masters = groups.Where(g => g.Value.InstanceRole == InstanceRole.Master).ToList();
        if (masters.Count != 1)
        {
            yield return Report(
                ClusterNodes.GroupsPath,
                $"The request has {masters.Count.ToString(CultureInfo.InvariantCulture)} MASTER instance groups; exactly one is required. Define a single instance group with InstanceRole MASTER.");
        }
        else if (masters[0].Value.InstanceCount is { } count and not (1 or 3))
        {
            yield return Report(
                WirePath.Member(masters[0].Path, "InstanceCount"),
                $"The MASTER instance group has InstanceCount {count.ToString(CultureInfo.InvariantCulture)}; EMR runs 1 master node, or 3 for high availability. Set InstanceCount to 1 or 3.");
        }

        var cores = groups.Where(g => g.Value.InstanceRole == InstanceRole.Core).ToList();
        if (cores.Count > 1)
        {
            yield return Report(
                cores[1].Path,
                $"The request has {cores.Count.ToString(CultureInfo.InvariantCulture)} CORE instance groups; at most one is allowed. Merge them, or make the extra ones TASK groups.");
        }
    }

    private IEnumerable<Finding> Fleets(ClusterSpec spec)
    {
        var fleets = ClusterNodes.Fleets(spec).ToList();
        foreach (var type in new[] { InstanceFleetType.Master, InstanceFleetType.Core })
        {
            var ofType = fleets.Where(f => f.Value.InstanceFleetType == type).ToList();
            if (ofType.Count > 1 || (type == InstanceFleetType.Master && ofType.Count == 0))
            {
                yield return Report(
                    ClusterNodes.FleetsPath,
                    $"The request has {ofType.Count.ToString(CultureInfo.InvariantCulture)} {ClusterNodes.Describe(type)} instance fleets; {(type == InstanceFleetType.Master ? "exactly one is required" : "at most one is allowed")}.");
            }
        }

        foreach (var master in fleets.Where(f => f.Value.InstanceFleetType == InstanceFleetType.Master))
        {
            var onDemand = master.Value.TargetOnDemandCapacity;
            var spot = master.Value.TargetSpotCapacity;
            var valid = (onDemand == 1 && spot is null or 0) || (spot == 1 && onDemand is null or 0);
            if (!valid)
            {
                yield return Report(
                    master.Path,
                    $"The MASTER instance fleet asks for TargetOnDemandCapacity={Show(onDemand)} and TargetSpotCapacity={Show(spot)}; the API requires exactly one of them, set to 1. Set TargetOnDemandCapacity to 1 and omit TargetSpotCapacity.");
            }
        }
    }

    /// <param name="tooMany">What to say when there are more than <see cref="MaxSteps"/>; {0} is the limit.</param>
    private IEnumerable<Finding> Steps(EquatableArray<StepSpec> steps, string tooMany)
    {
        if (steps.Count > MaxSteps)
        {
            yield return Report(
                "Steps",
                $"The request has {steps.Count.ToString(CultureInfo.InvariantCulture)} steps; " + string.Format(CultureInfo.InvariantCulture, tooMany, MaxSteps));
        }

        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].HadoopJarStep is not { } jar)
            {
                continue;
            }

            var total = (jar.Jar?.Length ?? 0) + (jar.MainClass?.Length ?? 0)
                + jar.Args.Sum(a => a.Length) + jar.Properties.Sum(p => p.Key.Length + p.Value.Length);
            if (total > MaxHadoopJarStepCharacters)
            {
                yield return Report(
                    WirePath.Member(WirePath.Index("Steps", i), "HadoopJarStep"),
                    $"The strings of step '{steps[i].Name}' total {total.ToString(CultureInfo.InvariantCulture)} characters; the API accepts at most {MaxHadoopJarStepCharacters.ToString(CultureInfo.InvariantCulture)} per HadoopJarStep. Move long arguments into a file in S3 and pass its location.");
            }
        }
    }

    /// <summary>The upload policies the API rejects (RunJobFlow, <c>S3LoggingConfiguration.LogTypeUploadPolicy</c>).</summary>
    private IEnumerable<Finding> S3LogUploads(ClusterSpec spec)
    {
        var policies = spec.MonitoringConfiguration?.S3LoggingConfiguration?.LogTypeUploadPolicy ?? default;
        foreach (var policy in policies)
        {
            if (policy.Value != S3LogUploadPolicies.OnCustomerS3Only)
            {
                continue;
            }

            var path = WirePath.Member("MonitoringConfiguration.S3LoggingConfiguration.LogTypeUploadPolicy", policy.Key);
            if (policy.Key == S3LogTypes.PersistentUiLogs)
            {
                yield return Report(path, S3LogUploadPolicies.PersistentUiLogsNotBucketOnly + " Choose one of them.");
            }
            else if (spec.LogUri is null)
            {
                yield return Report(path, $"The {policy.Key} are uploaded only to your bucket ({S3LogUploadPolicies.OnCustomerS3Only}), but the request sets no LogUri to upload them to. Set LogUri, or choose {S3LogUploadPolicies.EmrManaged} or {S3LogUploadPolicies.Disabled}.");
            }
        }
    }

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "(absent)";
}
