using System;

namespace EmrDsl;

/// <summary>
/// Marks an EMR on EKS definition (a static property, field or parameterless static method returning
/// <see cref="Containers.EksJobRun"/>, <see cref="Containers.EksVirtualCluster"/> or <see cref="Containers.EksJobTemplate"/>)
/// for build-time evaluation, like <see cref="EmrServerlessAttribute"/>: the EmrDsl generator emits its emr-containers
/// request into the assembly as <see cref="EmrClusterAttribute"/> describes, written as
/// <c>&lt;FileName&gt;.emr-containers.startjobrun.json</c> (never mistaken for an EMR Serverless StartJobRun),
/// <c>.emr-containers.virtualcluster.json</c> or <c>.emr-containers.jobtemplate.json</c>; a virtual cluster and a job
/// template also get their Terraform (<c>.tf.json</c>). The containing type must be <c>partial</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class EmrOnEksAttribute : Attribute
{
    /// <summary>
    /// The file name stem for the request (for example <c>sessionization</c> gives
    /// <c>sessionization.emr-containers.startjobrun.json</c>). Defaults to the job run name in lowercase, with every
    /// character other than letters, digits, '.', '-' and '_' replaced by '-' (the member name for an unnamed job run);
    /// the virtual cluster's or template's name likewise.
    /// </summary>
    public string? FileName { get; set; }
}
