using System.Collections.Generic;
using EmrDsl.Model;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Serverless;

/// <summary>
/// The one place cluster <see cref="ConfigurationSpec"/> values meet EMR Serverless configurations: they have the
/// same structure, so every classification builder written for clusters serves applications and job runs, and
/// configurations compose the same way (<see cref="ConfigurationMerge"/>: a classification written twice merges).
/// </summary>
internal static class ServerlessConfigurations
{
    /// <summary>Adds <paramref name="added"/> to <paramref name="list"/>, merging classifications written before.</summary>
    public static EquatableArray<ServerlessConfigurationSpec> Add(
        EquatableArray<ServerlessConfigurationSpec> list,
        IReadOnlyList<ConfigurationSpec?>? added,
        string parameter) =>
        ConfigurationListMerge.Add(
            list,
            added,
            parameter,
            c => (c.Classification, c.Properties, c.Configurations),
            (classification, properties, nested) => new ServerlessConfigurationSpec { Classification = classification, Properties = properties, Configurations = nested });
}
