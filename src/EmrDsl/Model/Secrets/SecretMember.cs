using System;
using System.Collections.Generic;

namespace EmrDsl.Model;

/// <summary>
/// A request member that holds a secret: the DSL takes a <see cref="Secret"/> for it, the rules report a literal
/// in it, the emitters refuse to write a literal and Terraform reads it from a sensitive variable. A new secret
/// member is one more entry in <see cref="Cluster"/>.
/// </summary>
public sealed class SecretMember
{
    private readonly Func<ClusterSpec, string?> _get;
    private readonly Func<ClusterSpec, string, ClusterSpec> _set;

    private SecretMember(string path, string terraformArgument, string parameter, Func<ClusterSpec, string?> get, Func<ClusterSpec, string, ClusterSpec> set)
    {
        Path = path;
        TerraformArgument = terraformArgument;
        Parameter = parameter;
        _get = get;
        _set = set;
    }

    /// <summary>The member's path in the RunJobFlow request: <c>KerberosAttributes.KdcAdminPassword</c>.</summary>
    public string Path { get; }

    /// <summary>The provider's argument for it: <c>kdc_admin_password</c>.</summary>
    public string TerraformArgument { get; }

    /// <summary>The DSL parameter that sets it: <c>kdcAdminPassword</c>.</summary>
    public string Parameter { get; }

    /// <summary>The secret members of a RunJobFlow request.</summary>
    public static IReadOnlyList<SecretMember> Cluster { get; } = new[]
    {
        Kerberos("KdcAdminPassword", "kdc_admin_password", "kdcAdminPassword", k => k.KdcAdminPassword, (k, v) => k with { KdcAdminPassword = v }),
        Kerberos("CrossRealmTrustPrincipalPassword", "cross_realm_trust_principal_password", "crossRealmTrustPrincipalPassword", k => k.CrossRealmTrustPrincipalPassword, (k, v) => k with { CrossRealmTrustPrincipalPassword = v }),
        Kerberos("ADDomainJoinPassword", "ad_domain_join_password", "adDomainJoinPassword", k => k.ADDomainJoinPassword, (k, v) => k with { ADDomainJoinPassword = v }),
    };

    public string? Value(ClusterSpec spec) => _get(spec);

    /// <summary>The spec with this member set to <paramref name="text"/> (it must already hold a value).</summary>
    public ClusterSpec With(ClusterSpec spec, string text) => _set(spec, text);

    private static SecretMember Kerberos(string name, string argument, string parameter, Func<KerberosSpec, string?> get, Func<KerberosSpec, string, KerberosSpec> set) =>
        new(
            "KerberosAttributes." + name,
            argument,
            parameter,
            spec => spec.KerberosAttributes is { } kerberos ? get(kerberos) : null,
            (spec, value) => spec with { KerberosAttributes = set(spec.KerberosAttributes ?? new KerberosSpec(), value) });
}
