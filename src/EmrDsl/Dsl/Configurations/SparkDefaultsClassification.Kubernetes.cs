using System;
using System.Text.RegularExpressions;

namespace EmrDsl;

/// <summary>
/// The Spark on Kubernetes settings EMR on EKS job runs set most (through <c>configurationOverrides</c>): pod templates
/// and node selectors, typed so a misspelt key or a label Kubernetes cannot hold is refused at the call. Sources: EMR on
/// EKS Development Guide, "Using pod templates" (https://docs.aws.amazon.com/emr/latest/EMR-on-EKS-DevelopmentGuide/pod-templates.html),
/// and Spark's "Running on Kubernetes" configuration table.
/// </summary>
public sealed partial class SparkDefaultsClassification
{
    // A label key: an optional DNS-subdomain prefix and '/', then a name of at most 63 characters; values as names or empty.
    private static readonly Regex LabelKey = new(@"^(?=.{1,317}$)(?:(?=[^/]{1,253}/)[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?(?=[^/]{1,63}$)[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$", RegexOptions.CultureInvariant);
    private static readonly Regex LabelValue = new(@"^(?:(?=.{1,63}$)[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// <c>spark.kubernetes.driver.podTemplateFile</c> and <c>spark.kubernetes.executor.podTemplateFile</c>: the pod
    /// templates (YAML in S3, read with the job's execution role) the driver and executor pods start from, for what Spark
    /// settings cannot say (tolerations, sidecars, volumes). EMR on EKS supports them from releases 5.33.0 and 6.3.0.
    /// </summary>
    /// <param name="driver">The driver's template, an S3 URI; unchanged when null.</param>
    /// <param name="executor">The executors' template, an S3 URI; unchanged when null.</param>
    public SparkDefaultsClassification PodTemplates(string? driver = null, string? executor = null)
    {
        if (driver is null && executor is null)
        {
            throw new ArgumentException("Pass driver:, executor: or both: the S3 URIs of the pod template files, e.g. PodTemplates(driver: \"s3://my-bucket/templates/driver.yaml\").", nameof(driver));
        }

        var result = this;
        if (driver is not null)
        {
            result = result.Set("spark.kubernetes.driver.podTemplateFile", Require.S3Uri(driver, nameof(driver), "The driver pod template"));
        }

        return executor is null ? result : result.Set("spark.kubernetes.executor.podTemplateFile", Require.S3Uri(executor, nameof(executor), "The executor pod template"));
    }

    /// <summary>
    /// A node selector: the pods run only on nodes whose label <paramref name="label"/> has <paramref name="value"/>
    /// (<c>spark.kubernetes.node.selector.&lt;label&gt;</c> for every pod; the driver's or executors' own, which Spark
    /// 3.3 and later read, for <see cref="SparkPods.Driver"/> or <see cref="SparkPods.Executors"/>). The common use: the
    /// driver on On-Demand capacity and the executors on Spot, <c>NodeSelector("eks.amazonaws.com/capacityType", "ON_DEMAND", SparkPods.Driver)</c>.
    /// </summary>
    public SparkDefaultsClassification NodeSelector(string label, string value, SparkPods pods = SparkPods.All)
    {
        if (label is null || !LabelKey.IsMatch(label))
        {
            throw new ArgumentException($"The node label '{label}' is not a Kubernetes label key: an optional DNS prefix and '/', then 1 to 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit (e.g. eks.amazonaws.com/capacityType).", nameof(label));
        }

        if (value is null || !LabelValue.IsMatch(value))
        {
            throw new ArgumentException($"The value '{value}' of node label '{label}' is not a Kubernetes label value: up to 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit (e.g. ON_DEMAND).", nameof(value));
        }

        var prefix = pods switch
        {
            SparkPods.All => "spark.kubernetes.node.selector.",
            SparkPods.Driver => "spark.kubernetes.driver.node.selector.",
            SparkPods.Executors => "spark.kubernetes.executor.node.selector.",
            _ => throw new ArgumentOutOfRangeException(nameof(pods), pods, "Use SparkPods.All, SparkPods.Driver or SparkPods.Executors."),
        };
        return Set(prefix + label, value);
    }
}

/// <summary>Which Spark pods a Kubernetes setting applies to.</summary>
public enum SparkPods
{
    /// <summary>The driver and the executors.</summary>
    All,

    /// <summary>The driver pod only.</summary>
    Driver,

    /// <summary>The executor pods only.</summary>
    Executors,
}
