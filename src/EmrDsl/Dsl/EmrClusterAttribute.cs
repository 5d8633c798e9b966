using System;

namespace EmrDsl;

/// <summary>
/// Marks a cluster definition (a static property, field or parameterless static method returning
/// <see cref="Cluster"/>) for build-time evaluation: the EmrDsl generator evaluates it without running the
/// program and emits its payloads as constants in a nested <c>{Member}Artifacts</c> class. The containing
/// type must be <c>partial</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class EmrClusterAttribute : Attribute
{
    /// <summary>
    /// The file name stem for this definition's artifacts (for example <c>nightly-etl</c> gives
    /// <c>nightly-etl.runjobflow.json</c>). Defaults to the cluster name in lowercase, with every character
    /// other than letters, digits, '.', '-' and '_' replaced by '-'.
    /// </summary>
    public string? FileName { get; set; }

    /// <summary>
    /// The cluster id written into the definition's AddJobFlowSteps artifact, usually a placeholder the deploying
    /// tool fills in: an Airflow template (<c>{{ ti.xcom_pull('create_cluster') }}</c>), a Step Functions path
    /// (<c>$.ClusterId</c>) or a Terraform reference. Defaults to <see cref="DefaultJobFlowId"/>.
    /// </summary>
    public string? JobFlowId { get; set; }

    /// <summary>The placeholder used when <see cref="JobFlowId"/> is not set.</summary>
    public const string DefaultJobFlowId = "{{ cluster_id }}";
}
