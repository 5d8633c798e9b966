using System;

namespace EmrDsl;

/// <summary>
/// Marks steps for a running cluster (a static property, field or parameterless static method returning
/// <see cref="JobFlowSteps"/>) for build-time evaluation, like <see cref="EmrClusterAttribute"/>: the EmrDsl generator
/// emits their AddJobFlowSteps request as a constant in a nested <c>{Member}Artifacts</c> class. The containing type
/// must be <c>partial</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class EmrStepsAttribute : Attribute
{
    /// <summary>
    /// The file name stem for the request (for example <c>backfill</c> gives <c>backfill.addjobflowsteps.json</c>).
    /// Defaults to the member name in lowercase, with every character other than letters, digits, '.', '-' and '_'
    /// replaced by '-'.
    /// </summary>
    public string? FileName { get; set; }
}
