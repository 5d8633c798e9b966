using System;

namespace EmrDsl;

/// <summary>
/// Marks an EMR on EKS definition (a static property, field or parameterless static method returning
/// <see cref="Containers.EksJobRun"/>) for build-time evaluation, like <see cref="EmrServerlessAttribute"/>: the EmrDsl
/// generator emits the job run's emr-containers StartJobRun request as a constant in a nested <c>{Member}Artifacts</c>
/// class, written as <c>&lt;FileName&gt;.emr-containers.startjobrun.json</c> so it is never mistaken for an EMR
/// Serverless StartJobRun. The containing type must be <c>partial</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class EmrOnEksAttribute : Attribute
{
    /// <summary>
    /// The file name stem for the request (for example <c>sessionization</c> gives
    /// <c>sessionization.emr-containers.startjobrun.json</c>). Defaults to the job run name in lowercase, with every
    /// character other than letters, digits, '.', '-' and '_' replaced by '-' (the member name for an unnamed job run).
    /// </summary>
    public string? FileName { get; set; }
}
