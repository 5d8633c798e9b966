using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>KerberosAttributes</c> structure of the EMR API. Attributes for Kerberos configuration when Kerberos authentication is enabled using a security configuration.</summary>
public sealed record KerberosSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The name of the Kerberos realm to which all nodes in a cluster belong.</summary>
    public string? Realm { get; init; }

    /// <summary>The password used within the cluster for the kadmin service on the cluster-dedicated KDC, which maintains Kerberos principals, password policies, and keytabs for the cluster.</summary>
    public string? KdcAdminPassword { get; init; }

    /// <summary>Required only when establishing a cross-realm trust with a KDC in a different realm.</summary>
    public string? CrossRealmTrustPrincipalPassword { get; init; }

    /// <summary>Required only when establishing a cross-realm trust with an Active Directory domain.</summary>
    public string? ADDomainJoinUser { get; init; }

    /// <summary>The Active Directory password for ADDomainJoinUser.</summary>
    public string? ADDomainJoinPassword { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<KerberosSpec> Shape = new ApiShape<KerberosSpec>("KerberosAttributes", () => new KerberosSpec())
        .Member("Realm", Codec.String, s => s.Realm, (s, v) => s with { Realm = v }, MemberLimits.Of(required: true, maxLength: 256))
        .Member("KdcAdminPassword", Codec.String, s => s.KdcAdminPassword, (s, v) => s with { KdcAdminPassword = v }, MemberLimits.Of(required: true, maxLength: 256))
        .Member("CrossRealmTrustPrincipalPassword", Codec.String, s => s.CrossRealmTrustPrincipalPassword, (s, v) => s with { CrossRealmTrustPrincipalPassword = v }, MemberLimits.Of(maxLength: 256))
        .Member("ADDomainJoinUser", Codec.String, s => s.ADDomainJoinUser, (s, v) => s with { ADDomainJoinUser = v }, MemberLimits.Of(maxLength: 256))
        .Member("ADDomainJoinPassword", Codec.String, s => s.ADDomainJoinPassword, (s, v) => s with { ADDomainJoinPassword = v }, MemberLimits.Of(maxLength: 256));
}
