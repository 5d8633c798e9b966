using System.Collections.Generic;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>
/// Every property of an EMR on EKS job run's (or job template's) application configuration, nested classifications
/// included, at its request path, and the same configurations with password properties rewritten.
/// </summary>
internal static class EksConfigurationProperties
{
    private const string Root = "configurationOverrides.applicationConfiguration";

    public static IEnumerable<(string Key, string Value, string Path, string? Classification)> Of(EksJobRunSpec jobRun) =>
        Walk(jobRun.ConfigurationOverrides?.ApplicationConfiguration ?? default, Root);

    /// <summary>The literal passwords: properties whose name says password that hold no <see cref="SecretReference"/>.</summary>
    public static IEnumerable<(string Key, string Value, string Path, string? Classification)> LiteralPasswords(EksJobRunSpec jobRun) =>
        Of(jobRun).Where(p => IsLiteralPassword(p.Key, p.Value));

    /// <summary>A template's literal passwords; a <c>${Parameter}</c> placeholder is not one (the run that starts from the template supplies it).</summary>
    public static IEnumerable<(string Key, string Value, string Path, string? Classification)> LiteralPasswords(EksJobTemplateSpec template) =>
        Walk(template.JobTemplateData?.ConfigurationOverrides?.ApplicationConfiguration ?? default, "jobTemplateData." + Root)
            .Where(p => IsLiteralPassword(p.Key, p.Value) && !Require.IsTemplatePlaceholder(p.Value));

    /// <summary><paramref name="jobRun"/> with each literal password replaced by what <paramref name="replace"/> gives for it.</summary>
    public static EksJobRunSpec ReplaceLiteralPasswords(EksJobRunSpec jobRun, System.Func<string, string?, string> replace) =>
        jobRun.ConfigurationOverrides is { } overrides
            ? jobRun with { ConfigurationOverrides = overrides with { ApplicationConfiguration = Replace(overrides.ApplicationConfiguration, replace) } }
            : jobRun;

    private static EquatableArray<EksConfigurationSpec> Replace(EquatableArray<EksConfigurationSpec> configurations, System.Func<string, string?, string> replace) =>
        configurations.Select(c => c with
        {
            Properties = c.Properties.Select(p => IsLiteralPassword(p.Key, p.Value) ? new MapEntry(p.Key, replace(p.Key, c.Classification)) : p).ToEquatableArray(),
            Configurations = Replace(c.Configurations, replace),
        }).ToEquatableArray();

    private static bool IsLiteralPassword(string key, string value) => SecretValue.IsSecretProperty(key) && !SecretReference.IsReference(value);

    private static IEnumerable<(string Key, string Value, string Path, string? Classification)> Walk(IReadOnlyList<EksConfigurationSpec> configurations, string path)
    {
        for (var i = 0; i < configurations.Count; i++)
        {
            var configurationPath = WirePath.Index(path, i);
            foreach (var property in configurations[i].Properties)
            {
                yield return (property.Key, property.Value, WirePath.Member(WirePath.Member(configurationPath, "properties"), property.Key), configurations[i].Classification);
            }

            foreach (var nested in Walk(configurations[i].Configurations, WirePath.Member(configurationPath, "configurations")))
            {
                yield return nested;
            }
        }
    }
}
