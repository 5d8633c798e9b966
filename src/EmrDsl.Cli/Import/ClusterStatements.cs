using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import;

/// <summary>The statements of a definition in reading order: software, logs and roles, capacity, network, lifecycle, configurations, bootstrap, steps, tags.</summary>
internal static class ClusterStatements
{
    public static IEnumerable<Statement<Cluster, ClusterSpec>> For(ClusterSpec t)
    {
        if (t.ReleaseLabel is { } release)
        {
            yield return Statement.Members(t, One<Cluster>("Release", c => c.Release(release), Catalog.Release(release)), "ReleaseLabel");
        }

        if (!t.Applications.IsEmpty)
        {
            yield return Statement.Members(t, Applications(t.Applications), "Applications");
        }

        if (t.LogUri is { } logUri)
        {
            yield return Statement.Members(t, One<Cluster>("LogUri", c => c.LogUri(logUri), S(logUri)), "LogUri");
        }

        if (t.LogEncryptionKmsKeyId is { } logKey)
        {
            yield return Statement.Members(t, One<Cluster>("LogEncryptionKmsKey", c => c.LogEncryptionKmsKey(logKey), S(logKey)), "LogEncryptionKmsKeyId");
        }

        if (t.ServiceRole is not null || t.JobFlowRole is not null || t.AutoScalingRole is not null)
        {
            var arguments = NamedStrings(("service", t.ServiceRole), ("instanceProfile", t.JobFlowRole), ("autoScaling", t.AutoScalingRole));
            yield return Statement.Members(
                t, One<Cluster>("Roles", c => c.Roles(t.ServiceRole, t.JobFlowRole, t.AutoScalingRole), arguments), "ServiceRole", "JobFlowRole", "AutoScalingRole");
        }

        if (t.MonitoringConfiguration is { } monitoring)
        {
            yield return Statement.Members(t, Monitoring(monitoring), "MonitoringConfiguration");
        }

        if (t.SecurityConfiguration is { } security)
        {
            yield return Statement.Members(t, One<Cluster>("SecurityConfiguration", c => c.SecurityConfiguration(security), S(security)), "SecurityConfiguration");
        }

        if (t.KerberosAttributes is { Realm: { } realm, KdcAdminPassword: { } password } kerberos)
        {
            yield return Statement.Members(t, KerberosCode.For(realm, password, kerberos), "KerberosAttributes");
        }

        foreach (var statement in t.Instances is { } instances ? InstanceStatements.For(instances) : Enumerable.Empty<Statement<Cluster, ClusterSpec>>())
        {
            yield return statement;
        }

        foreach (var statement in Settings(t))
        {
            yield return statement;
        }

        foreach (var configuration in t.Configurations)
        {
            yield return Statement.Append("Configurations", configuration, s => s.Configurations, (s, v) => s with { Configurations = v }, ConfigurationCode.ClusterCandidates(configuration));
        }

        foreach (var action in t.BootstrapActions)
        {
            yield return Statement.Append("BootstrapActions", action, s => s.BootstrapActions, (s, v) => s with { BootstrapActions = v }, new[] { Bootstrap(action) });
        }

        if (t.StepExecutionRoleArn is { } stepRole)
        {
            yield return Statement.Members(t, One<Cluster>("StepExecutionRole", c => c.StepExecutionRole(stepRole), S(stepRole)), "StepExecutionRoleArn");
        }

        foreach (var step in t.Steps)
        {
            yield return Statement.Append("Steps", step, s => s.Steps, (s, v) => s with { Steps = v }, StepCode.Candidates<Cluster>(step, (c, s) => c.Step(s)));
        }

        if (!t.Tags.IsEmpty)
        {
            var tags = t.Tags.Aggregate(Fluent<Cluster>.Empty, (f, tag) => f.Then(new Call("Tag", S(tag.Key), S(tag.Value)), c => c.Tag(tag.Key, tag.Value)));
            yield return Statement.Members(t, tags, "Tags");
        }
    }

    private static IEnumerable<Statement<Cluster, ClusterSpec>> Settings(ClusterSpec t)
    {
        if (t.VisibleToAllUsers is { } visible)
        {
            yield return Statement.Members(t, Flag<Cluster>("VisibleToAllUsers", visible, (c, v) => c.VisibleToAllUsers(v)), "VisibleToAllUsers");
        }

        if (t.AdditionalInfo is { } info)
        {
            yield return Statement.Members(t, One<Cluster>("AdditionalInfo", c => c.AdditionalInfo(info), S(info)), "AdditionalInfo");
        }

        if (t.AutoTerminationPolicy?.IdleTimeout is { } idle)
        {
            yield return Statement.Members(
                t, One<Cluster>("AutoTerminateAfterIdle", c => c.AutoTerminateAfterIdle(TimeSpan.FromSeconds(idle)), new Token($"TimeSpan.FromSeconds({I(idle).Text})")), "AutoTerminationPolicy");
        }

        if (t.StepConcurrencyLevel is { } concurrency)
        {
            yield return Statement.Members(t, One<Cluster>("StepConcurrency", c => c.StepConcurrency(concurrency), I(concurrency)), "StepConcurrencyLevel");
        }

        if (t.CustomAmiId is { } ami)
        {
            yield return Statement.Members(t, One<Cluster>("CustomAmi", c => c.CustomAmi(ami), S(ami)), "CustomAmiId");
        }

        if (t.OSReleaseLabel is { } os)
        {
            yield return Statement.Members(t, One<Cluster>("OsReleaseLabel", c => c.OsReleaseLabel(os), S(os)), "OSReleaseLabel");
        }

        if (t.RepoUpgradeOnBoot is { } upgrade)
        {
            yield return Statement.Members(t, One<Cluster>("RepoUpgradeOnBoot", c => c.RepoUpgradeOnBoot(upgrade), E(upgrade)), "RepoUpgradeOnBoot");
        }

        if (t.ScaleDownBehavior is { } scaleDown)
        {
            yield return Statement.Members(t, One<Cluster>("ScaleDown", c => c.ScaleDown(scaleDown), E(scaleDown)), "ScaleDownBehavior");
        }

        if (t.EbsRootVolumeSize is not null || t.EbsRootVolumeIops is not null || t.EbsRootVolumeThroughput is not null)
        {
            // The size reads best positionally (.EbsRootVolume(64)); without one the others are named.
            var arguments = new List<Expr>();
            if (t.EbsRootVolumeSize is { } rootSize)
            {
                arguments.Add(I(rootSize));
            }

            arguments.AddRange(Optional(("iops", t.EbsRootVolumeIops), ("throughput", t.EbsRootVolumeThroughput)));
            yield return Statement.Members(
                t,
                One<Cluster>("EbsRootVolume", c => c.EbsRootVolume(t.EbsRootVolumeSize, t.EbsRootVolumeIops, t.EbsRootVolumeThroughput), arguments.ToArray()),
                "EbsRootVolumeSize", "EbsRootVolumeIops", "EbsRootVolumeThroughput");
        }

        if (ManagedScalingCode.Limits<Cluster>(t.ManagedScalingPolicy?.ComputeLimits, "ManagedScaling", (c, min, max, unit, maxOnDemand, maxCore) => c.ManagedScaling(min, max, unit, maxOnDemand, maxCore)) is { } managed)
        {
            yield return Statement.Members(t, managed, "ManagedScalingPolicy");
        }

        if (!t.PlacementGroupConfigs.IsEmpty)
        {
            var groups = t.PlacementGroupConfigs.All(p => p is { InstanceRole: not null, PlacementStrategy: not null })
                ? t.PlacementGroupConfigs.Aggregate(Fluent<Cluster>.Empty, (f, p) => f.Then(
                    new Call("PlacementGroup", E(p.InstanceRole!.Value), E(p.PlacementStrategy!.Value)),
                    c => c.PlacementGroup(p.InstanceRole!.Value, p.PlacementStrategy!.Value)))
                : Fluent<Cluster>.Empty;
            yield return Statement.Members(t, groups, "PlacementGroupConfigs");
        }
    }

    private static Fluent<Cluster> Applications(EquatableArray<ApplicationSpec> applications)
    {
        if (applications.All(a => a is { Name: not null, Version: null, Args.IsEmpty: true }))
        {
            var names = applications.Select(a => a.Name!).ToArray();
            return One<Cluster>("Applications", c => c.Applications(names), names.Select(n => (Expr)Catalog.Application(n)).ToArray());
        }

        return applications.Aggregate(Fluent<Cluster>.Empty, (f, a) =>
        {
            var arguments = new List<Expr> { Catalog.Application(a.Name ?? string.Empty) };
            if (a.Version is not null || !a.Args.IsEmpty)
            {
                arguments.Add(a.Version is null ? new Token("null") : S(a.Version));
            }

            arguments.AddRange(Strings(a.Args));
            return f.Then(new Call("Application", arguments.ToArray()), c => c.Application(a.Name!, a.Version, a.Args.ToArray()));
        });
    }

    private static Fluent<Cluster> Bootstrap(BootstrapActionSpec action)
    {
        var script = action.ScriptBootstrapAction;
        if (action.Name is null || script?.Path is null)
        {
            return Fluent<Cluster>.Empty;
        }

        var arguments = new List<Expr> { S(action.Name), S(script.Path) };
        arguments.AddRange(Strings(script.Args));
        return One<Cluster>("Bootstrap", c => c.Bootstrap(action.Name, script.Path, script.Args.ToArray()), arguments.ToArray());
    }

    /// <summary><c>.Method()</c> for true (the parameter's default), <c>.Method(false)</c> otherwise.</summary>
    public static Fluent<T> Flag<T>(string method, bool value, Func<T, bool, T> apply) =>
        value ? One<T>(method, x => apply(x, true)) : One<T>(method, x => apply(x, false), B(false));

    /// <summary>Named arguments for the optional numbers that are set.</summary>
    public static IEnumerable<Expr> Optional(params (string Name, int? Value)[] values) =>
        values.Where(v => v.Value is not null).Select(v => (Expr)Named(v.Name, I(v.Value!.Value)));

    /// <summary>
    /// <c>.CloudWatchLogs(...)</c> with <c>.PublishToCloudWatch(type, files...)</c> per log type, then
    /// <c>.S3LogUpload(type, policy)</c> per S3 upload policy. CloudWatch logging switched off has no fluent form, so such
    /// a configuration stays raw.
    /// </summary>
    private static Fluent<Cluster> Monitoring(MonitoringSpec monitoring)
    {
        var fluent = Fluent<Cluster>.Empty;
        if (monitoring.CloudWatchLogConfiguration is { Enabled: true } cloudWatch)
        {
            var arguments = NamedStrings(("logGroupName", cloudWatch.LogGroupName), ("logStreamNamePrefix", cloudWatch.LogStreamNamePrefix), ("encryptionKeyArn", cloudWatch.EncryptionKeyArn));
            fluent = fluent.Then(new Call("CloudWatchLogs", arguments), c => c.CloudWatchLogs(cloudWatch.LogGroupName, cloudWatch.LogStreamNamePrefix, cloudWatch.EncryptionKeyArn));
            foreach (var logType in cloudWatch.LogTypes)
            {
                var files = logType.Values.ToArray();
                fluent = fluent.Then(
                    new Call("PublishToCloudWatch", new Expr[] { Catalog.CloudWatchLogType(logType.Key) }.Concat(files.Select(Catalog.CloudWatchLogFile)).ToArray()),
                    c => c.PublishToCloudWatch(logType.Key, files));
            }
        }

        foreach (var policy in monitoring.S3LoggingConfiguration?.LogTypeUploadPolicy ?? default)
        {
            fluent = fluent.Then(
                new Call("S3LogUpload", Catalog.S3LogType(policy.Key), Catalog.S3LogUploadPolicy(policy.Value)),
                c => c.S3LogUpload(policy.Key, policy.Value));
        }

        return fluent;
    }
}
