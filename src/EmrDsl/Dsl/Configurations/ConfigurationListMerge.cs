using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// Adds cluster <see cref="ConfigurationSpec"/> values to another API's configuration list of the same structure
/// (EMR Serverless, EMR on EKS): every classification builder written for clusters serves it, and a classification
/// written twice merges as <see cref="ConfigurationMerge"/> does on clusters.
/// </summary>
internal static class ConfigurationListMerge
{
    /// <summary>
    /// Adds <paramref name="added"/> to <paramref name="list"/>; <paramref name="parts"/> takes an item of the other API
    /// apart and <paramref name="create"/> builds one, so the merge itself runs once, on cluster configurations.
    /// </summary>
    public static EquatableArray<T> Add<T>(
        EquatableArray<T> list,
        IReadOnlyList<ConfigurationSpec?>? added,
        string parameter,
        Func<T, (string? Classification, EquatableArray<MapEntry> Properties, EquatableArray<T> Configurations)> parts,
        Func<string?, EquatableArray<MapEntry>, EquatableArray<T>, T> create)
    {
        if (added is null || added.Count == 0)
        {
            throw new ArgumentException("No configuration given: pass at least one, for example Classifications.SparkDefaults(s => s.AdaptiveExecution()).", parameter);
        }

        ConfigurationSpec ToCluster(T item)
        {
            var (classification, properties, nested) = parts(item);
            return new ConfigurationSpec { Classification = classification, Properties = properties, Configurations = nested.Select(ToCluster).ToEquatableArray() };
        }

        T FromCluster(ConfigurationSpec c) => create(c.Classification, c.Properties, c.Configurations.Select(FromCluster).ToEquatableArray());

        var merged = list.Select(ToCluster).ToEquatableArray();
        for (var i = 0; i < added.Count; i++)
        {
            merged = ConfigurationMerge.Add(merged, Require.NotNull(added[i], parameter, $"Configuration {i}"));
        }

        return merged.Select(FromCluster).ToEquatableArray();
    }
}
