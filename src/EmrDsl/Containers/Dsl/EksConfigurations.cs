using System.Collections.Generic;
using System.Linq;
using EmrDsl.Containers.Model;
using EmrDsl.Model;

namespace EmrDsl.Containers;

/// <summary>
/// Where cluster <see cref="ConfigurationSpec"/> values meet EMR on EKS configurations: same structure, so every
/// classification builder written for clusters serves EKS job runs, and a classification written twice merges
/// (<see cref="ConfigurationMerge"/>) as it does on clusters.
/// </summary>
internal static class EksConfigurations
{
    /// <summary>Adds <paramref name="added"/> to <paramref name="list"/>, merging classifications written before.</summary>
    public static EquatableArray<EksConfigurationSpec> Add(
        EquatableArray<EksConfigurationSpec> list,
        IReadOnlyList<ConfigurationSpec?>? added,
        string parameter) =>
        ConfigurationListMerge.Add(list, added, parameter, ToCluster, ToEks);

    private static EksConfigurationSpec ToEks(ConfigurationSpec c) => new()
    {
        Classification = c.Classification,
        Properties = c.Properties,
        Configurations = c.Configurations.Select(ToEks).ToEquatableArray(),
    };

    private static ConfigurationSpec ToCluster(EksConfigurationSpec c) => new()
    {
        Classification = c.Classification,
        Properties = c.Properties,
        Configurations = c.Configurations.Select(ToCluster).ToEquatableArray(),
    };
}
