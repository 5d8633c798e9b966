using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import;

/// <summary>
/// <c>.Kerberos(realm, Secret.TerraformVariable("kdc_admin_password"), ...)</c> when every password is a Terraform variable
/// (literals were already replaced by <see cref="LiteralSecrets"/>), else the string overload with the reference texts.
/// </summary>
internal static class KerberosCode
{
    public static Fluent<Cluster> For(string realm, string password, KerberosSpec kerberos)
    {
        var passwords = new[] { password, kerberos.CrossRealmTrustPrincipalPassword, kerberos.ADDomainJoinPassword };
        if (passwords.Where(p => p is not null).All(p => SecretReference.Parse(p)?.TerraformVariable is not null))
        {
            var arguments = new List<Expr> { S(realm), Variable(password)! };
            arguments.AddRange(NamedIfSet(
                ("crossRealmTrustPrincipalPassword", Variable(kerberos.CrossRealmTrustPrincipalPassword)),
                ("adDomainJoinUser", kerberos.ADDomainJoinUser is { } user ? S(user) : null),
                ("adDomainJoinPassword", Variable(kerberos.ADDomainJoinPassword))));
            return One<Cluster>(
                "Kerberos",
                c => c.Kerberos(realm, Secret(password)!, Secret(kerberos.CrossRealmTrustPrincipalPassword), kerberos.ADDomainJoinUser, Secret(kerberos.ADDomainJoinPassword)),
                arguments.ToArray());
        }

        var texts = new List<Expr> { S(realm), S(password) };
        texts.AddRange(NamedStrings(
            ("crossRealmTrustPrincipalPassword", kerberos.CrossRealmTrustPrincipalPassword),
            ("adDomainJoinUser", kerberos.ADDomainJoinUser),
            ("adDomainJoinPassword", kerberos.ADDomainJoinPassword)));
        return One<Cluster>(
            "Kerberos",
            c => c.Kerberos(realm, password, kerberos.CrossRealmTrustPrincipalPassword, kerberos.ADDomainJoinUser, kerberos.ADDomainJoinPassword),
            texts.ToArray());
    }

    private static string? Name(string? text) => SecretReference.Parse(text)?.TerraformVariable;

    private static Token? Variable(string? text) => Name(text) is { } name ? new Token($"Secret.TerraformVariable({S(name).Text})") : null;

    private static EmrDsl.Secret? Secret(string? text) => Name(text) is { } name ? EmrDsl.Secret.TerraformVariable(name) : null;
}
