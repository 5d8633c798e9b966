using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// A CloudWatch metric a scaling rule watches, e.g. <c>ScalingMetric.YarnMemoryAvailablePercentage.Below(15)</c>. The EMR
/// metrics here are watched for the cluster itself (the <c>JobFlowId</c> dimension set to <c>${emr.clusterId}</c>, which
/// EMR fills in); <see cref="Custom"/> names any other.
/// </summary>
public sealed class ScalingMetric
{
    /// <summary>The dimension EMR publishes its cluster metrics under, and the placeholder EMR replaces with the cluster's id.</summary>
    public const string ClusterDimension = "JobFlowId";

    /// <inheritdoc cref="ClusterDimension"/>
    public const string ClusterIdPlaceholder = "${emr.clusterId}";

    private ScalingMetric(string metricNamespace, string name, bool ofCluster)
    {
        Namespace = metricNamespace;
        Name = name;
        OfCluster = ofCluster;
    }

    /// <summary>The share of YARN memory not allocated to containers: high when the cluster is idle.</summary>
    public static ScalingMetric YarnMemoryAvailablePercentage { get; } = Emr("YARNMemoryAvailablePercentage");

    /// <summary>The YARN memory available for allocation, in MB: high when the cluster is idle.</summary>
    public static ScalingMetric MemoryAvailableMB { get; } = Emr("MemoryAvailableMB");

    /// <summary>Pending containers per allocated container: high when work waits for capacity.</summary>
    public static ScalingMetric ContainerPendingRatio { get; } = Emr("ContainerPendingRatio");

    /// <summary>Containers waiting for capacity: high when work waits.</summary>
    public static ScalingMetric ContainerPending { get; } = Emr("ContainerPending");

    /// <summary>YARN applications submitted but not yet running: high when work waits.</summary>
    public static ScalingMetric AppsPending { get; } = Emr("AppsPending");

    /// <summary>The share of HDFS storage in use: high when the core nodes fill up.</summary>
    public static ScalingMetric HdfsUtilization { get; } = Emr("HDFSUtilization");

    /// <summary>1 while the cluster has no work, 0 otherwise.</summary>
    public static ScalingMetric IsIdle { get; } = Emr("IsIdle");

    /// <summary>The metric's CloudWatch namespace.</summary>
    public string Namespace { get; }

    /// <summary>The metric's name.</summary>
    public string Name { get; }

    /// <summary>Whether it is one of EMR's per-cluster metrics (watched with the <c>JobFlowId</c> dimension).</summary>
    public bool OfCluster { get; }

    /// <summary>Any other metric, e.g. one an application publishes: no dimension is added, and EmrDsl cannot tell which way it should scale.</summary>
    public static ScalingMetric Custom(string metricNamespace, string name) =>
        new(Require.NonEmpty(metricNamespace, nameof(metricNamespace), "A metric namespace"), Require.NonEmpty(name, nameof(name), "A metric name"), ofCluster: false);

    /// <summary>The condition "metric above <paramref name="threshold"/>" (GREATER_THAN; GREATER_THAN_OR_EQUAL when <paramref name="orEqual"/>).</summary>
    public ScalingCondition Above(double threshold, bool orEqual = false) =>
        ScalingCondition.Of(this, orEqual ? ComparisonOperator.GreaterThanOrEqual : ComparisonOperator.GreaterThan, threshold);

    /// <summary>The condition "metric below <paramref name="threshold"/>" (LESS_THAN; LESS_THAN_OR_EQUAL when <paramref name="orEqual"/>).</summary>
    public ScalingCondition Below(double threshold, bool orEqual = false) =>
        ScalingCondition.Of(this, orEqual ? ComparisonOperator.LessThanOrEqual : ComparisonOperator.LessThan, threshold);

    public override string ToString() => Name;

    private static ScalingMetric Emr(string name) => new(ScalingRule.EmrMetricsNamespace, name, ofCluster: true);
}
