using System;

namespace EmrDsl;

/// <summary>
/// Marks the account's block public access setting (a static property, field or parameterless static method returning
/// <see cref="BlockPublicAccess"/>) for build-time evaluation, like <see cref="EmrClusterAttribute"/>: the EmrDsl generator
/// emits its PutBlockPublicAccessConfiguration request and its Terraform into the assembly as for a cluster, and the
/// analyzers report EMR063 and EMR064 at the calls that cause them. The containing type must be <c>partial</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class EmrBlockPublicAccessAttribute : Attribute
{
    /// <summary>
    /// The file name stem for the request (for example <c>account</c> gives <c>account.putblockpublicaccessconfiguration.json</c>).
    /// Defaults to the member name in lowercase, with every character other than letters, digits, '.', '-' and '_'
    /// replaced by '-'.
    /// </summary>
    public string? FileName { get; set; }
}
