using System;

namespace EmrDsl;

/// <summary>
/// Marks a scaling request for a running cluster (a static property, field or parameterless static method returning
/// <see cref="InstanceGroupScaling"/> or <see cref="ManagedScalingLimits"/>) for build-time evaluation, like
/// <see cref="EmrStepsAttribute"/>: the EmrDsl generator emits its PutAutoScalingPolicy (and bare policy) or
/// PutManagedScalingPolicy request into the assembly as <see cref="EmrClusterAttribute"/> describes. The containing type
/// must be <c>partial</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class EmrScalingAttribute : Attribute
{
    /// <summary>
    /// The file name stem for the requests (for example <c>task-scaling</c> gives <c>task-scaling.putautoscalingpolicy.json</c>).
    /// Defaults to the member name in lowercase, with every character other than letters, digits, '.', '-' and '_'
    /// replaced by '-'.
    /// </summary>
    public string? FileName { get; set; }
}
