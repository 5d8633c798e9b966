using System;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// Builds configurations (<see cref="ConfigurationSpec"/>) for any owner that takes them: a cluster, an
/// instance group, a fleet instance type, or an EMR Serverless application.
/// </summary>
public static class Classifications
{
    /// <summary>Any classification by name, e.g. <c>Classifications.Of("livy-conf", c => c.Set("livy.server.session.timeout", "2h"))</c>.</summary>
    public static ConfigurationSpec Of(string classification, Func<Classification, Classification> configure) =>
        Classification.Build(new Classification(classification), configure);

    public static ConfigurationSpec SparkDefaults(Func<SparkDefaultsClassification, SparkDefaultsClassification> configure) =>
        SparkDefaultsClassification.Build(new SparkDefaultsClassification(), configure);

    public static ConfigurationSpec Spark(Func<SparkClassification, SparkClassification> configure) =>
        SparkClassification.Build(new SparkClassification(), configure);

    public static ConfigurationSpec SparkEnv(Func<SparkEnvClassification, SparkEnvClassification> configure) =>
        SparkEnvClassification.Build(new SparkEnvClassification(), configure);

    public static ConfigurationSpec YarnSite(Func<YarnSiteClassification, YarnSiteClassification> configure) =>
        YarnSiteClassification.Build(new YarnSiteClassification(), configure);

    public static ConfigurationSpec HadoopEnv(Func<HadoopEnvClassification, HadoopEnvClassification> configure) =>
        HadoopEnvClassification.Build(new HadoopEnvClassification(), configure);

    public static ConfigurationSpec HiveSite(Func<HiveSiteClassification, HiveSiteClassification> configure) =>
        HiveSiteClassification.Build(new HiveSiteClassification(), configure);

    public static ConfigurationSpec CoreSite(Func<CoreSiteClassification, CoreSiteClassification> configure) =>
        CoreSiteClassification.Build(new CoreSiteClassification(), configure);

    public static ConfigurationSpec EmrfsSite(Func<EmrfsSiteClassification, EmrfsSiteClassification> configure) =>
        EmrfsSiteClassification.Build(new EmrfsSiteClassification(), configure);
}
