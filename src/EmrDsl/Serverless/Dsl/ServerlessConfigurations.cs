using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Serverless;

/// <summary>
/// The one place a cluster <see cref="ConfigurationSpec"/> becomes an EMR Serverless configuration, so every
/// classification builder written for clusters serves applications and job runs too.
/// </summary>
internal static class ServerlessConfigurations
{
    /// <summary>Converts <paramref name="configurations"/>, nested configurations included.</summary>
    public static EquatableArray<ServerlessConfigurationSpec> From(IEnumerable<ConfigurationSpec> configurations, string parameter)
    {
        if (configurations is null)
        {
            throw new ArgumentNullException(parameter, "Pass the configurations, for example a ConfigurationSpec with Classification = \"spark-defaults\".");
        }

        return configurations.Select((c, i) => From(c, parameter, $"configuration {i}")).ToEquatableArray();
    }

    private static ServerlessConfigurationSpec From(ConfigurationSpec? configuration, string parameter, string where)
    {
        if (configuration is null)
        {
            throw new ArgumentException($"The {where} is null; pass a ConfigurationSpec.", parameter);
        }

        if (configuration.Classification is null || configuration.Classification.Trim().Length == 0)
        {
            throw new ArgumentException(
                $"The {where} has no classification; EMR Serverless requires one. Set Classification, for example \"spark-defaults\".",
                parameter);
        }

        return new ServerlessConfigurationSpec
        {
            Classification = configuration.Classification,
            Properties = configuration.Properties,
            Configurations = configuration.Configurations
                .Select((c, i) => From(c, parameter, $"{where} ({configuration.Classification}), nested configuration {i}"))
                .ToEquatableArray(),
        };
    }
}
