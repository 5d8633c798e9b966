using System;
using System.Collections.Generic;
using System.Globalization;
using EmrDsl.Rules.Support;

namespace EmrDsl.Rules;

/// <summary>The Spark properties in a spark-submit parameter string (<c>--executor-cores 4</c> or <c>--conf spark.executor.cores=4</c>), with the driver and executor sizes.</summary>
internal sealed class SparkOptions
{
    private readonly Dictionary<string, string> _properties = new(StringComparer.Ordinal);

    public static SparkOptions Parse(string parameters)
    {
        var options = new SparkOptions();
        var words = parameters.Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var value = words[i + 1];
            switch (words[i])
            {
                case "--conf" when value.IndexOf('=') > 0:
                    options._properties[value.Substring(0, value.IndexOf('='))] = value.Substring(value.IndexOf('=') + 1);
                    break;
                case "--driver-cores": options._properties["spark.driver.cores"] = value; break;
                case "--driver-memory": options._properties["spark.driver.memory"] = value; break;
                case "--executor-cores": options._properties["spark.executor.cores"] = value; break;
                case "--executor-memory": options._properties["spark.executor.memory"] = value; break;
                case "--num-executors": options._properties["spark.executor.instances"] = value; break;
                case "--jars": options._properties["spark.jars"] = value; break;
                case "--packages": options._properties["spark.jars.packages"] = value; break;
            }
        }

        return options;
    }

    /// <summary>Every property the string sets, the options spark-submit has a flag for under their property names.</summary>
    public IReadOnlyDictionary<string, string> Properties => _properties;

    public int? Cores(string role) =>
        _properties.TryGetValue($"spark.{role}.cores", out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var cores)
            ? cores
            : null;

    public long? MemoryMegabytes(string role) =>
        _properties.TryGetValue($"spark.{role}.memory", out var text) && ByteSize.TryParse(text, out var bytes)
            ? bytes / ByteSize.MiB
            : null;
}
