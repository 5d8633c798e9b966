using System;
using System.Collections.Generic;
using EmrDsl.Containers.Model;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>
/// The Spark properties an EMR on EKS job run sets, and where: the spark-defaults classification of
/// <c>configurationOverrides.applicationConfiguration</c>, overridden (as spark-submit does) by the driver's parameter
/// string (<c>--conf k=v</c>, <c>--executor-cores 4</c>, ...).
/// </summary>
internal sealed class EksSparkProperties
{
    private readonly Dictionary<string, (string Value, string Path)> _properties = new(StringComparer.Ordinal);

    private EksSparkProperties()
    {
    }

    /// <summary>The path of the driver's parameter string, or null when the driver has none.</summary>
    public string? ParametersPath { get; private set; }

    public static EksSparkProperties Of(EksJobRunSpec jobRun)
    {
        var properties = new EksSparkProperties();
        var configurations = jobRun.ConfigurationOverrides?.ApplicationConfiguration ?? default;
        for (var i = 0; i < configurations.Count; i++)
        {
            if (configurations[i].Classification != "spark-defaults")
            {
                continue;
            }

            var propertiesPath = WirePath.Member(WirePath.Index("configurationOverrides.applicationConfiguration", i), "properties");
            foreach (var property in configurations[i].Properties)
            {
                properties._properties[property.Key] = (property.Value, WirePath.Member(propertiesPath, property.Key));
            }
        }

        var (parameters, path) = jobRun.JobDriver switch
        {
            { SparkSubmitJobDriver.SparkSubmitParameters: { } submit } => (submit, "jobDriver.sparkSubmitJobDriver.sparkSubmitParameters"),
            { SparkSqlJobDriver.SparkSqlParameters: { } sql } => (sql, "jobDriver.sparkSqlJobDriver.sparkSqlParameters"),
            _ => (null, null),
        };
        if (parameters is not null)
        {
            properties.ParametersPath = path;
            foreach (var property in SparkOptions.Parse(parameters).Properties)
            {
                properties._properties[property.Key] = (property.Value, path!);
            }
        }

        return properties;
    }

    /// <summary>The property's value and the path that set it, or null when the run does not set it.</summary>
    public (string Value, string Path)? Find(string name) => _properties.TryGetValue(name, out var found) ? found : null;

    public IEnumerable<KeyValuePair<string, (string Value, string Path)>> All => _properties;
}
