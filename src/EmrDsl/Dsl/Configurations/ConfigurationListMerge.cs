using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// Adds cluster <see cref="ConfigurationSpec"/> values to another API's configuration list of the same structure
/// (EMR Serverless, EMR on EKS), merging a classification written twice as <see cref="ConfigurationMerge"/> does on clusters.
/// </summary>
internal static class ConfigurationListMerge
{
    public static EquatableArray<T> Add<T>(
        EquatableArray<T> list,
        IReadOnlyList<ConfigurationSpec?>? added,
        string parameter,
        Func<T, ConfigurationSpec> toCluster,
        Func<ConfigurationSpec, T> fromCluster)
    {
        if (added is null || added.Count == 0)
        {
            throw new ArgumentException("No configuration given: pass at least one, for example Classifications.SparkDefaults(s => s.AdaptiveExecution()).", parameter);
        }

        var merged = list.Select(toCluster).ToEquatableArray();
        for (var i = 0; i < added.Count; i++)
        {
            merged = ConfigurationMerge.Add(merged, Require.NotNull(added[i], parameter, $"Configuration {i}"));
        }

        return merged.Select(fromCluster).ToEquatableArray();
    }
}
