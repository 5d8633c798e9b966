using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Serverless;
using EmrDsl.Serverless.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import.Serverless;

/// <summary>Turns a StartJobRun request into a verified fluent <see cref="ServerlessJobRun"/> definition; a spark-submit driver becomes a <see cref="SparkJob"/>.</summary>
internal static class JobRunImporter
{
    public static readonly DefinitionType<ServerlessJobRun, ServerlessJobRunSpec> Type =
        new("ServerlessJobRun", ServerlessJobRunSpec.Shape, r => r.Spec, (r, change) => r.With(change), ServerlessJobRun.FromSpec);

    public static Chain Import(ServerlessJobRunSpec target)
    {
        var head = target is { ApplicationId: { } application, ExecutionRoleArn: { } role }
            ? new Head<ServerlessJobRun>($"ServerlessJobRun.Create({S(application).Text}, {S(role).Text})", () => ServerlessJobRun.Create(application, role), "applicationId", "executionRoleArn")
            : null;
        return VerifiedImport.Import(Type, target, head, Statements(target));
    }

    private static Statement<ServerlessJobRun, ServerlessJobRunSpec> Members(ServerlessJobRunSpec target, Fluent<ServerlessJobRun> fluent, params string[] members) =>
        Statement.Members(ServerlessJobRunSpec.Shape, target, fluent, members);

    private static IEnumerable<Statement<ServerlessJobRun, ServerlessJobRunSpec>> Statements(ServerlessJobRunSpec t)
    {
        if (t.Name is { } name)
        {
            yield return Members(t, One<ServerlessJobRun>("Named", r => r.Named(name), S(name)), "name");
        }

        if (t.Mode is { } mode)
        {
            yield return Members(t, One<ServerlessJobRun>("Mode", r => r.Mode(mode), E(mode)), "mode");
        }

        if (t.JobDriver is { } driver)
        {
            yield return Members(t, Driver(driver), "jobDriver");
        }

        if (t.ConfigurationOverrides is { } overrides)
        {
            yield return Members(t, Overrides(overrides), "configurationOverrides");
        }

        if (t.ExecutionTimeoutMinutes is { } timeout)
        {
            yield return Members(t, One<ServerlessJobRun>("ExecutionTimeout", r => r.ExecutionTimeout(TimeSpan.FromMinutes(timeout)), ServerlessCode.Minutes(timeout)), "executionTimeoutMinutes");
        }

        if (t.RetryPolicy is { } retry)
        {
            var arguments = new[] { ("maxAttempts", retry.MaxAttempts), ("maxFailedAttemptsPerHour", retry.MaxFailedAttemptsPerHour) }
                .Where(a => a.Item2 is not null).Select(a => (Expr)Named(a.Item1, I(a.Item2!.Value))).ToArray();
            yield return Members(t, One<ServerlessJobRun>("Retry", r => r.Retry(retry.MaxAttempts, retry.MaxFailedAttemptsPerHour), arguments), "retryPolicy");
        }

        if (!t.Tags.IsEmpty)
        {
            yield return Members(t, ServerlessCode.Tags<ServerlessJobRun>(t.Tags, (r, k, v) => r.Tag(k, v)), "tags");
        }
    }

    private static Fluent<ServerlessJobRun> Driver(JobDriverSpec driver) => driver switch
    {
        { SparkSubmit: { EntryPoint: { } entryPoint } spark, Hive: null } => SparkSubmit(entryPoint, spark),
        { Hive: { Query: { } query } hive, SparkSubmit: null } => Hive(query, hive),
        _ => Fluent<ServerlessJobRun>.Empty,
    };

    /// <summary><c>.SparkSubmit(SparkJob.For(entry).Class(...).Conf(...).Args(...))</c> when the parameters are options SparkJob writes.</summary>
    private static Fluent<ServerlessJobRun> SparkSubmit(string entryPoint, SparkSubmitDriverSpec spark)
    {
        if (SparkOptionCode.ReadAll(spark.SparkSubmitParameters) is not { } options)
        {
            return Fluent<ServerlessJobRun>.Empty;
        }

        var args = spark.EntryPointArguments.ToArray();
        var calls = options.Calls.ToList();
        if (args.Length > 0)
        {
            calls.Add(new Call("Args", Strings(args)));
        }

        var job = new Chain($"SparkJob.For({S(entryPoint).Text})", calls);
        return One<ServerlessJobRun>("SparkSubmit", r => r.SparkSubmit(Job(entryPoint, options, args)), job);
    }

    private static SparkJob Job(string entryPoint, Fluent<SparkJob> options, string[] args)
    {
        var job = options.Apply(SparkJob.For(entryPoint));
        return args.Length > 0 ? job.Args(args) : job;
    }

    private static Fluent<ServerlessJobRun> Hive(string query, HiveDriverSpec hive)
    {
        var arguments = new List<Expr> { S(query) };
        if (hive.InitQueryFile is { } init)
        {
            arguments.Add(Named("initQueryFile", S(init)));
        }

        if (hive.Parameters is { } parameters)
        {
            arguments.Add(Named("parameters", S(parameters)));
        }

        return One<ServerlessJobRun>("Hive", r => r.Hive(query, hive.InitQueryFile, hive.Parameters), arguments.ToArray());
    }

    /// <summary><c>.ConfigurationOverrides(Classifications.Of(...), ...)</c> and <c>.MonitoringOverrides(...)</c>.</summary>
    private static Fluent<ServerlessJobRun> Overrides(ConfigurationOverridesSpec overrides)
    {
        var fluent = Fluent<ServerlessJobRun>.Empty;
        if (!overrides.ApplicationConfiguration.IsEmpty)
        {
            var values = overrides.ApplicationConfiguration.Select(c => ConfigurationCode.Value(ServerlessCode.ToCluster(c))).ToList();
            if (values.Any(v => v is null))
            {
                return fluent.Unsupported("A configuration without a classification has no fluent form.");
            }

            fluent = fluent.Then(
                new Call("ConfigurationOverrides", values.Select(v => v!.Value.Code).ToArray()),
                r => r.ConfigurationOverrides(values.Select(v => v!.Value.Make()).ToArray()));
        }

        if (overrides.MonitoringConfiguration is { } monitoring)
        {
            var monitor = ServerlessCode.Monitoring<ServerlessJobRun>("MonitoringOverrides", monitoring, (r, s3, p, cw, g) => r.MonitoringOverrides(s3, p, cw, g));
            fluent = fluent.Then(monitor.Calls[0], monitor.Apply);
        }

        return overrides.DiskEncryptionConfiguration is null ? fluent : fluent.Unsupported("Job run disk encryption has no fluent form.");
    }
}
