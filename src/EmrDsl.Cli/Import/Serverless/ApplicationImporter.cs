using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using EmrDsl.Serverless;
using EmrDsl.Serverless.Model;
using EmrDsl.Wire;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import.Serverless;

/// <summary>Turns a CreateApplication request into a verified fluent <see cref="ServerlessApplication"/> definition.</summary>
internal static class ApplicationImporter
{
    public static readonly DefinitionType<ServerlessApplication, ServerlessApplicationSpec> Type =
        new("ServerlessApplication", ServerlessApplicationSpec.Shape, a => a.Spec, (a, change) => a.With(change), ServerlessApplication.FromSpec);

    public static Chain Import(ServerlessApplicationSpec target)
    {
        var head = target.Name is { } name
            ? new Head<ServerlessApplication>($"ServerlessApplication.Create({S(name).Text})", () => ServerlessApplication.Create(name), "name")
            : null;
        return VerifiedImport.Import(Type, target, head, Statements(target));
    }

    private static Statement<ServerlessApplication, ServerlessApplicationSpec> Members(ServerlessApplicationSpec target, Fluent<ServerlessApplication> fluent, params string[] members) =>
        Statement.Members(ServerlessApplicationSpec.Shape, target, fluent, members);

    private static IEnumerable<Statement<ServerlessApplication, ServerlessApplicationSpec>> Statements(ServerlessApplicationSpec t)
    {
        if (t.ReleaseLabel is { } release)
        {
            yield return Members(t, One<ServerlessApplication>("Release", a => a.Release(release), Catalog.Release(release)), "releaseLabel");
        }

        if (t.Type is { } type && ApiEnum<ServerlessEngine>.TryParse(type, out var engine))
        {
            yield return Members(t, One<ServerlessApplication>("Type", a => a.Type(engine), E(engine)), "type");
        }

        if (t.Architecture is { } architecture)
        {
            yield return Members(t, One<ServerlessApplication>("Architecture", a => a.Architecture(architecture), E(architecture)), "architecture");
        }

        if (t.ImageConfiguration?.ImageUri is { } image)
        {
            yield return Members(t, One<ServerlessApplication>("Image", a => a.Image(image), S(image)), "imageConfiguration");
        }

        if (!t.InitialCapacity.IsEmpty)
        {
            yield return Members(t, t.InitialCapacity.Aggregate(Fluent<ServerlessApplication>.Empty, InitialCapacity), "initialCapacity");
        }

        if (t.MaximumCapacity is { } maximum)
        {
            yield return Members(t, MaximumCapacity(maximum), "maximumCapacity");
        }

        foreach (var statement in Lifecycle(t))
        {
            yield return statement;
        }

        if (t.NetworkConfiguration is { } network)
        {
            var subnets = network.SubnetIds.ToArray();
            var groups = network.SecurityGroupIds.ToArray();
            yield return Members(
                t,
                One<ServerlessApplication>("Network", a => a.Network(subnets, groups), Array("string", subnets), Array("string", groups)),
                "networkConfiguration");
        }

        if (t.DiskEncryptionConfiguration?.EncryptionKeyArn is { } key)
        {
            yield return Members(t, One<ServerlessApplication>("DiskEncryption", a => a.DiskEncryption(key), S(key)), "diskEncryptionConfiguration");
        }

        if (t.MonitoringConfiguration is { } monitoring)
        {
            yield return Members(t, ServerlessCode.Monitoring<ServerlessApplication>("Monitoring", monitoring, (a, s3, p, cw, g) => a.Monitoring(s3, p, cw, g)), "monitoringConfiguration");
        }

        if (t.InteractiveConfiguration is { } interactive)
        {
            var arguments = new[] { ("studio", interactive.StudioEnabled), ("livy", interactive.LivyEndpointEnabled) }
                .Where(a => a.Item2 is not null).Select(a => (Expr)Named(a.Item1, B(a.Item2!.Value))).ToArray();
            yield return Members(
                t, One<ServerlessApplication>("Interactive", a => a.Interactive(interactive.StudioEnabled, interactive.LivyEndpointEnabled), arguments), "interactiveConfiguration");
        }

        foreach (var configuration in t.RuntimeConfiguration)
        {
            yield return Statement.Append<ServerlessApplication, ServerlessApplicationSpec, ServerlessConfigurationSpec>(
                "RuntimeConfiguration",
                configuration,
                s => s.RuntimeConfiguration,
                (s, v) => s with { RuntimeConfiguration = v },
                ConfigurationCode.ApplicationCandidates(ServerlessCode.ToCluster(configuration)));
        }

        if (!t.Tags.IsEmpty)
        {
            yield return Members(t, Tags<ServerlessApplication>(t.Tags, (a, k, v) => a.Tag(k, v)), "tags");
        }
    }

    private static IEnumerable<Statement<ServerlessApplication, ServerlessApplicationSpec>> Lifecycle(ServerlessApplicationSpec t)
    {
        if (t.AutoStartConfiguration?.Enabled is { } start)
        {
            yield return Members(t, ClusterStatements.Flag<ServerlessApplication>("AutoStart", start, (a, on) => a.AutoStart(on)), "autoStartConfiguration");
        }

        var stop = t.AutoStopConfiguration switch
        {
            { Enabled: true, IdleTimeoutMinutes: { } idle } => One<ServerlessApplication>("AutoStop", a => a.AutoStop(TimeSpan.FromMinutes(idle)), ServerlessCode.Minutes(idle)),
            { Enabled: false, IdleTimeoutMinutes: null } => One<ServerlessApplication>("DisableAutoStop", a => a.DisableAutoStop()),
            _ => Fluent<ServerlessApplication>.Empty,
        };
        yield return Members(t, stop, "autoStopConfiguration");

        if (t.SchedulerConfiguration is { } scheduler)
        {
            var arguments = new List<Expr>();
            if (scheduler.QueueTimeoutMinutes is { } queue)
            {
                arguments.Add(Named("queueTimeout", ServerlessCode.Minutes(queue)));
            }

            if (scheduler.MaxConcurrentRuns is { } runs)
            {
                arguments.Add(Named("maxConcurrentRuns", I(runs)));
            }

            var timeout = scheduler.QueueTimeoutMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : (TimeSpan?)null;
            yield return Members(t, One<ServerlessApplication>("Scheduler", a => a.Scheduler(timeout, scheduler.MaxConcurrentRuns), arguments.ToArray()), "schedulerConfiguration");
        }
    }

    private static Fluent<ServerlessApplication> InitialCapacity(Fluent<ServerlessApplication> fluent, KeyedSpec<InitialCapacitySpec> entry)
    {
        var worker = entry.Value.WorkerConfiguration;
        if (!ApiEnum<WorkerKind>.TryParse(entry.Key, out var kind)
            || entry.Value.WorkerCount is not { } count || count > int.MaxValue
            || ServerlessSizes.Cpu(worker?.Cpu) is not { } cpu
            || ServerlessSizes.Memory(worker?.Memory) is not { } memory)
        {
            return fluent.Unsupported("This initial capacity has no fluent form.");
        }

        var disk = ServerlessSizes.Disk(worker?.Disk);
        if (worker!.Disk is not null && disk is null)
        {
            return fluent.Unsupported("This worker disk has no fluent form.");
        }

        var arguments = new List<Expr> { E(kind), I(count), cpu.Code, memory.Code };
        if (disk is { } d)
        {
            arguments.Add(d.Code);
        }

        return fluent.Then(new Call("InitialCapacity", arguments.ToArray()), a => a.InitialCapacity(kind, (int)count, cpu.Value, memory.Value, disk?.Value));
    }

    private static Fluent<ServerlessApplication> MaximumCapacity(MaximumCapacitySpec maximum)
    {
        if (ServerlessSizes.Cpu(maximum.Cpu) is not { } cpu || ServerlessSizes.Memory(maximum.Memory) is not { } memory)
        {
            return Fluent<ServerlessApplication>.Empty;
        }

        var disk = ServerlessSizes.Disk(maximum.Disk);
        if (maximum.Disk is not null && disk is null)
        {
            return Fluent<ServerlessApplication>.Empty;
        }

        var arguments = new List<Expr> { cpu.Code, memory.Code };
        if (disk is { } d)
        {
            arguments.Add(d.Code);
        }

        return One<ServerlessApplication>("MaximumCapacity", a => a.MaximumCapacity(cpu.Value, memory.Value, disk?.Value), arguments.ToArray());
    }

    /// <summary><c>new string[] { "a", "b" }</c>.</summary>
    private static Token Array(string elementType, string[] values) =>
        new($"new {elementType}[] {{ {string.Join(", ", values.Select(v => S(v).Text))} }}");
}
