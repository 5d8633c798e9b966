using System.Collections.Generic;
using EmrDsl.Containers.Model;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>Every property of an EMR on EKS job run's application configuration, nested classifications included, at its request path.</summary>
internal static class EksConfigurationProperties
{
    private const string Root = "configurationOverrides.applicationConfiguration";

    public static IEnumerable<(string Key, string Value, string Path)> Of(EksJobRunSpec jobRun) =>
        Walk(jobRun.ConfigurationOverrides?.ApplicationConfiguration ?? default, Root);

    private static IEnumerable<(string Key, string Value, string Path)> Walk(IReadOnlyList<EksConfigurationSpec> configurations, string path)
    {
        for (var i = 0; i < configurations.Count; i++)
        {
            var configurationPath = WirePath.Index(path, i);
            foreach (var property in configurations[i].Properties)
            {
                yield return (property.Key, property.Value, WirePath.Member(WirePath.Member(configurationPath, "properties"), property.Key));
            }

            foreach (var nested in Walk(configurations[i].Configurations, WirePath.Member(configurationPath, "configurations")))
            {
                yield return nested;
            }
        }
    }
}
