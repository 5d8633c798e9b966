using System;
using System.Collections.Generic;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Rules.Support;

/// <summary>
/// Walks every configuration classification in the request (cluster level, per instance group and per fleet
/// instance type, nested ones included) and yields their properties with paths.
/// </summary>
internal static class ConfigurationProperties
{
    public static IEnumerable<Located<ConfigurationSpec>> Configurations(ClusterSpec spec)
    {
        foreach (var found in Walk(spec.Configurations, "Configurations"))
        {
            yield return found;
        }

        foreach (var group in ClusterNodes.Groups(spec))
        {
            if (group.Value.Configurations.IsEmpty)
            {
                continue;
            }

            foreach (var found in Walk(group.Value.Configurations, WirePath.Member(group.Path, "Configurations")))
            {
                yield return found;
            }
        }

        foreach (var fleet in ClusterNodes.Fleets(spec))
        {
            var configs = fleet.Value.InstanceTypeConfigs;
            for (var i = 0; i < configs.Count; i++)
            {
                if (configs[i].Configurations.IsEmpty)
                {
                    continue;
                }

                var typePath = WirePath.Index(WirePath.Member(fleet.Path, "InstanceTypeConfigs"), i);
                foreach (var found in Walk(configs[i].Configurations, WirePath.Member(typePath, "Configurations")))
                {
                    yield return found;
                }
            }
        }
    }

    /// <summary>Properties of every classification named <paramref name="classification"/>, or of all when null.</summary>
    public static IEnumerable<Located<MapEntry>> Properties(ClusterSpec spec, string? classification = null)
    {
        foreach (var configuration in Configurations(spec))
        {
            if ((classification is not null && !string.Equals(configuration.Value.Classification, classification, StringComparison.Ordinal))
                || configuration.Value.Properties.IsEmpty)
            {
                continue;
            }

            var propertiesPath = WirePath.Member(configuration.Path, "Properties");
            foreach (var entry in configuration.Value.Properties)
            {
                yield return Located<MapEntry>.Member(entry, propertiesPath, entry.Key);
            }
        }
    }

    private static IEnumerable<Located<ConfigurationSpec>> Walk(EquatableArray<ConfigurationSpec> configurations, string path)
    {
        for (var i = 0; i < configurations.Count; i++)
        {
            yield return Located<ConfigurationSpec>.Item(configurations[i], path, i);
            if (configurations[i].Configurations.IsEmpty)
            {
                continue;
            }

            foreach (var nested in Walk(configurations[i].Configurations, WirePath.Member(WirePath.Index(path, i), "Configurations")))
            {
                yield return nested;
            }
        }
    }
}
