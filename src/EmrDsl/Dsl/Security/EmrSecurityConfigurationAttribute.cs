using System;

namespace EmrDsl;

/// <summary>
/// Marks a security configuration that is a definition of its own (a static property, field or parameterless static
/// method returning <see cref="SecurityConfiguration"/>) for build-time evaluation, like <see cref="EmrClusterAttribute"/>:
/// the EmrDsl generator emits its CreateSecurityConfiguration document into the assembly as for a cluster, and the
/// analyzers report the security configuration rules (EMR040...) at the calls that cause them. A
/// configuration attached to a cluster with <c>.SecurityConfiguration(document)</c> needs no marker. The containing type
/// must be <c>partial</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class EmrSecurityConfigurationAttribute : Attribute
{
    /// <summary>
    /// The file name stem for the document (for example <c>baseline</c> gives <c>baseline.securityconfiguration.json</c>).
    /// Defaults to the member name in lowercase, with every character other than letters, digits, '.', '-' and '_'
    /// replaced by '-'.
    /// </summary>
    public string? FileName { get; set; }
}
