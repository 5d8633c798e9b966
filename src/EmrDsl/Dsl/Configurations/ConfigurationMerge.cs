using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// Adds a configuration to a list the way EMR definitions compose: a classification written twice is one
/// classification whose properties merge (later value wins, first position kept), nested ones likewise.
/// </summary>
internal static class ConfigurationMerge
{
    public static EquatableArray<ConfigurationSpec> Add(EquatableArray<ConfigurationSpec> list, ConfigurationSpec added)
    {
        // Every public caller names its parameter "configuration", so the error points at the user's argument.
        Require.NonEmpty(added.Classification, "configuration", "A configuration classification");
        var index = list.FindIndex(c => c.Classification == added.Classification);
        return index < 0 ? list.Add(added) : list.SetItem(index, Merge(list[index], added));
    }

    private static ConfigurationSpec Merge(ConfigurationSpec existing, ConfigurationSpec added)
    {
        var nested = existing.Configurations;
        foreach (var child in added.Configurations)
        {
            nested = Add(nested, child);
        }

        var properties = existing.Properties;
        foreach (var entry in added.Properties)
        {
            properties = properties.Set(entry.Key, entry.Value);
        }

        return existing with { Configurations = nested, Properties = properties };
    }
}
