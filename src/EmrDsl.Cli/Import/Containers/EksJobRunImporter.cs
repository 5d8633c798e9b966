using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Containers;
using EmrDsl.Containers.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import.Containers;

/// <summary>Turns an EMR on EKS StartJobRun request into a verified fluent <see cref="EksJobRun"/> definition; a spark-submit driver becomes a <see cref="SparkJob"/>.</summary>
internal static class EksJobRunImporter
{
    public static readonly DefinitionType<EksJobRun, EksJobRunSpec> Type =
        new(nameof(EksJobRun), EksJobRunSpec.Shape, r => r.Spec, (r, change) => r.With(change), EksJobRun.FromSpec);

    public static Chain Import(EksJobRunSpec target)
    {
        // A run from a job template has no role or release label of its own: it starts from the template instead.
        var (cluster, role, release, template) = (target.VirtualClusterId, target.ExecutionRoleArn, target.ReleaseLabel, target.JobTemplateId);
        var head = role is null && release is null && template is not null
            ? new Head<EksJobRun>($"EksJobRun.FromTemplate({EksCode.Literal(cluster)}, {EksCode.Literal(template)})", () => EksJobRun.FromTemplate(cluster!, template), "virtualClusterId", "jobTemplateId")
            : new Head<EksJobRun>(
                $"EksJobRun.Create({EksCode.Literal(cluster)}, {EksCode.Literal(role)}, {EksCode.Literal(release)})",
                () => EksJobRun.Create(cluster!, role!, release!),
                "virtualClusterId",
                "executionRoleArn",
                "releaseLabel");
        return VerifiedImport.Import(Type, target, head, Statements(target));
    }

    private static Statement<EksJobRun, EksJobRunSpec> Members(EksJobRunSpec target, Fluent<EksJobRun> fluent, params string[] members) =>
        Statement.Members(EksJobRunSpec.Shape, target, fluent, members);

    private static IEnumerable<Statement<EksJobRun, EksJobRunSpec>> Statements(EksJobRunSpec t)
    {
        if (t.Name is { } name)
        {
            yield return Members(t, One<EksJobRun>("Named", r => r.Named(name), S(name)), "name");
        }

        if (t.JobDriver is { } driver)
        {
            yield return Members(t, EksCode.Driver<EksJobRun>(driver, (r, job) => r.SparkSubmit(job), (r, entry, parameters) => r.SparkSql(entry, parameters)), "jobDriver");
        }

        if (t.ConfigurationOverrides is { } overrides)
        {
            yield return Members(t, Overrides(overrides), "configurationOverrides");
        }

        if (!t.JobTemplateParameters.IsEmpty)
        {
            yield return Members(t, Tags<EksJobRun>(t.JobTemplateParameters, (r, k, v) => r.TemplateParameter(k, v), "TemplateParameter"), "jobTemplateParameters");
        }

        if (t.RetryPolicyConfiguration is { MaxAttempts: { } attempts })
        {
            yield return Members(t, One<EksJobRun>("Retry", r => r.Retry(attempts), Named("maxAttempts", I(attempts))), "retryPolicyConfiguration");
        }

        if (!t.Tags.IsEmpty)
        {
            yield return Members(t, Tags<EksJobRun>(t.Tags, (r, k, v) => r.Tag(k, v)), "tags");
        }
    }

    /// <summary><c>.ConfigurationOverrides(...)</c>, <c>.Monitoring(...)</c>, <c>.ContainerLogRotation(...)</c> and <c>.ManagedLogs(...)</c>.</summary>
    private static Fluent<EksJobRun> Overrides(EksConfigurationOverridesSpec overrides)
    {
        var fluent = overrides.ApplicationConfiguration.IsEmpty
            ? Fluent<EksJobRun>.Empty
            : ConfigurationCode.Overrides<EksJobRun>(overrides.ApplicationConfiguration.Select(EksCode.ToCluster), (r, c) => r.ConfigurationOverrides(c));
        if (overrides.MonitoringConfiguration is not { } monitoring)
        {
            return fluent;
        }

        bool? ui = monitoring.PersistentAppUI is { } toggle ? toggle == Toggle.Enabled : null;
        var monitor = EksCode.Monitoring<EksJobRun>(monitoring.S3MonitoringConfiguration, monitoring.CloudWatchMonitoringConfiguration, ui is { } on ? B(on) : null, (r, s3, group, prefix) => r.Monitoring(s3, group, prefix, ui));
        fluent = monitor.Calls.Count == 0 ? fluent : fluent.Then(monitor.Calls[0], monitor.Apply);
        if (monitoring.ContainerLogRotationConfiguration is { RotationSize: { } size, MaxFilesToKeep: { } files })
        {
            fluent = fluent.Then(new Call("ContainerLogRotation", S(size), I(files)), r => r.ContainerLogRotation(size, files));
        }

        if (monitoring.ManagedLogs is { AllowAWSToRetainLogs: { } allow, EncryptionKeyArn: var key })
        {
            var retain = allow == Toggle.Enabled;
            fluent = fluent.Then(
                key is null ? new Call("ManagedLogs", Named("allowAwsToRetainLogs", B(retain))) : new Call("ManagedLogs", Named("allowAwsToRetainLogs", B(retain)), Named("encryptionKeyArn", S(key))),
                r => r.ManagedLogs(retain, key));
        }

        return monitoring.ManagedLogs is null or { AllowAWSToRetainLogs: not null } ? fluent : fluent.Unsupported("Managed logs without allowAWSToRetainLogs have no fluent form.");
    }
}
