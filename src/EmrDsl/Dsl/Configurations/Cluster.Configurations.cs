using System;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>Cluster-wide configurations (<c>Configurations</c>). A classification written twice merges: later values win, first order is kept.</summary>
public sealed partial class Cluster
{
    /// <summary>Adds a configuration as written, merging it with an earlier one of the same classification.</summary>
    public Cluster Configure(ConfigurationSpec configuration) =>
        With(s => s with { Configurations = ConfigurationMerge.Add(s.Configurations, Require.NotNull(configuration, nameof(configuration), "The configuration")) });

    /// <summary>Any classification by name, e.g. <c>.Configure("livy-conf", c => c.Set("livy.server.session.timeout", "2h"))</c>.</summary>
    public Cluster Configure(string classification, Func<Classification, Classification> configure) =>
        Configure(Classifications.Of(classification, configure));

    public Cluster SparkDefaults(Func<SparkDefaultsClassification, SparkDefaultsClassification> configure) =>
        Configure(Classifications.SparkDefaults(configure));

    public Cluster Spark(Func<SparkClassification, SparkClassification> configure) =>
        Configure(Classifications.Spark(configure));

    public Cluster SparkEnv(Func<SparkEnvClassification, SparkEnvClassification> configure) =>
        Configure(Classifications.SparkEnv(configure));

    public Cluster YarnSite(Func<YarnSiteClassification, YarnSiteClassification> configure) =>
        Configure(Classifications.YarnSite(configure));

    public Cluster HadoopEnv(Func<HadoopEnvClassification, HadoopEnvClassification> configure) =>
        Configure(Classifications.HadoopEnv(configure));

    public Cluster HiveSite(Func<HiveSiteClassification, HiveSiteClassification> configure) =>
        Configure(Classifications.HiveSite(configure));

    public Cluster CoreSite(Func<CoreSiteClassification, CoreSiteClassification> configure) =>
        Configure(Classifications.CoreSite(configure));

    public Cluster EmrfsSite(Func<EmrfsSiteClassification, EmrfsSiteClassification> configure) =>
        Configure(Classifications.EmrfsSite(configure));
}
