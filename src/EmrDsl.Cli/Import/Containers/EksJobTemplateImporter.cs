using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Containers;
using EmrDsl.Containers.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import.Containers;

/// <summary>
/// Turns an EMR on EKS CreateJobTemplate request into a verified fluent <see cref="EksJobTemplate"/> definition: the
/// template data is written with the calls a job run uses, plus <c>.Parameter(...)</c> and <c>.JobTag(...)</c>.
/// </summary>
internal static class EksJobTemplateImporter
{
    public static readonly DefinitionType<EksJobTemplate, EksJobTemplateSpec> Type =
        new(nameof(EksJobTemplate), EksJobTemplateSpec.Shape, t => t.Spec, (t, change) => t.With(change), EksJobTemplate.FromSpec);

    public static Chain Import(EksJobTemplateSpec target)
    {
        var data = target.JobTemplateData ?? new EksJobTemplateDataSpec();
        var (name, role, release) = (target.Name, data.ExecutionRoleArn, data.ReleaseLabel);
        var head = new Head<EksJobTemplate>(
            $"EksJobTemplate.Create({EksCode.Literal(name)}, {EksCode.Literal(role)}, {EksCode.Literal(release)})",
            () => EksJobTemplate.Create(name!, role!, release!),
            "name");

        // The factory sets the name and two members of the template data; the other data members follow as statements.
        var seed = new EksJobTemplateSpec
        {
            Name = name,
            JobTemplateData = role is null && release is null ? null : new EksJobTemplateDataSpec { ExecutionRoleArn = role, ReleaseLabel = release },
        };
        return VerifiedImport.Import(Type, target, head, seed, Statements(target, data));
    }

    private static Statement<EksJobTemplate, EksJobTemplateSpec> Data(EksJobTemplateDataSpec target, Fluent<EksJobTemplate> fluent, params string[] members) =>
        Statement.NestedMembers<EksJobTemplate, EksJobTemplateSpec, EksJobTemplateDataSpec>(EksJobTemplateDataSpec.Shape, "JobTemplateData", s => s.JobTemplateData, (s, v) => s with { JobTemplateData = v }, target, fluent, members);

    private static IEnumerable<Statement<EksJobTemplate, EksJobTemplateSpec>> Statements(EksJobTemplateSpec t, EksJobTemplateDataSpec data)
    {
        if (data.JobDriver is { } driver)
        {
            yield return Data(data, EksCode.Driver<EksJobTemplate>(driver, (x, job) => x.SparkSubmit(job), (x, entry, parameters) => x.SparkSql(entry, parameters)), "jobDriver");
        }

        if (data.ConfigurationOverrides is { } overrides)
        {
            yield return Data(data, Overrides(overrides), "configurationOverrides");
        }

        if (!data.ParameterConfiguration.IsEmpty)
        {
            yield return Data(data, Parameters(data), "parameterConfiguration");
        }

        if (!data.JobTags.IsEmpty)
        {
            yield return Data(data, Tags<EksJobTemplate>(data.JobTags, (x, k, v) => x.JobTag(k, v), "JobTag"), "jobTags");
        }

        if (!t.Tags.IsEmpty)
        {
            yield return Statement.Members(EksJobTemplateSpec.Shape, t, Tags<EksJobTemplate>(t.Tags, (x, k, v) => x.Tag(k, v)), "tags");
        }

        if (t.KmsKeyArn is { } key)
        {
            yield return Statement.Members(EksJobTemplateSpec.Shape, t, One<EksJobTemplate>("KmsKey", x => x.KmsKey(key), S(key)), "kmsKeyArn");
        }
    }

    /// <summary><c>.Parameter(name, TemplateParameterType.String, defaultValue)</c> for each parameter, in order; one without a type has no fluent form.</summary>
    private static Fluent<EksJobTemplate> Parameters(EksJobTemplateDataSpec data) =>
        data.ParameterConfiguration.Aggregate(Fluent<EksJobTemplate>.Empty, (fluent, p) => p.Value.Type is { } type
            ? fluent.Then(
                new Call("Parameter", new Expr[] { S(p.Key), E(type) }.Concat(NamedStrings(("defaultValue", p.Value.DefaultValue))).ToArray()),
                x => x.Parameter(p.Key, type, p.Value.DefaultValue))
            : fluent.Unsupported("A template parameter without a type has no fluent form."));

    /// <summary><c>.ConfigurationOverrides(...)</c> and <c>.Monitoring(...)</c>; a persistent UI setting that is a placeholder has no fluent form.</summary>
    private static Fluent<EksJobTemplate> Overrides(EksTemplateOverridesSpec overrides)
    {
        var fluent = overrides.ApplicationConfiguration.IsEmpty
            ? Fluent<EksJobTemplate>.Empty
            : ConfigurationCode.Overrides<EksJobTemplate>(overrides.ApplicationConfiguration.Select(EksCode.ToCluster), (x, c) => x.ConfigurationOverrides(c));
        if (overrides.MonitoringConfiguration is not { } monitoring)
        {
            return fluent;
        }

        bool? ui = monitoring.PersistentAppUI switch { "ENABLED" => true, "DISABLED" => false, _ => null };
        var monitor = EksCode.Monitoring<EksJobTemplate>(monitoring.S3MonitoringConfiguration, monitoring.CloudWatchMonitoringConfiguration, ui is { } on ? B(on) : null, (x, s3, group, prefix) => x.Monitoring(s3, group, prefix, ui));
        fluent = monitor.Calls.Count == 0 ? fluent : fluent.Then(monitor.Calls[0], monitor.Apply);
        return monitoring.PersistentAppUI is null || ui is not null ? fluent : fluent.Unsupported("A persistent UI placeholder has no fluent form.");
    }
}
