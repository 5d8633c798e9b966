using System;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// One EMRFS role mapping (<c>RoleMappings</c> entry): the IAM role EMRFS assumes for requests from the given
/// users or groups, or to the given S3 prefixes. Mappings are evaluated top-down; the first match wins.
/// </summary>
public sealed class EmrFsRoleMapping
{
    private EmrFsRoleMapping(EmrFsRoleMappingSpec spec) => Spec = spec;

    public EmrFsRoleMappingSpec Spec { get; }

    /// <summary>Requests by these Hadoop users (Linux account users or Kerberos principals).</summary>
    public static EmrFsRoleMapping ForUsers(string role, params string[] users) =>
        Create(role, EmrFsIdentifierType.User, users, nameof(users), (value, parameter) => Require.NonEmpty(value, parameter, "A user name"));

    /// <summary>Requests by users in these Hadoop groups.</summary>
    public static EmrFsRoleMapping ForGroups(string role, params string[] groups) =>
        Create(role, EmrFsIdentifierType.Group, groups, nameof(groups), (value, parameter) => Require.NonEmpty(value, parameter, "A group name"));

    /// <summary>Requests to locations under these S3 prefixes, such as s3://my-bucket/finance/.</summary>
    public static EmrFsRoleMapping ForPrefixes(string role, params string[] s3Prefixes) =>
        Create(role, EmrFsIdentifierType.Prefix, s3Prefixes, nameof(s3Prefixes), (value, parameter) => Require.S3Uri(value, parameter, "An S3 prefix"));

    private static EmrFsRoleMapping Create(string role, EmrFsIdentifierType type, string[] identifiers, string parameter, Func<string, string, string> check)
    {
        var roleArn = SecurityRequire.IamRoleArn(role, nameof(role));
        if (identifiers is null || identifiers.Length == 0)
        {
            throw new ArgumentException($"A {type} role mapping needs at least one identifier: pass them after the role.", parameter);
        }

        var checkedIdentifiers = new string[identifiers.Length];
        for (var i = 0; i < identifiers.Length; i++)
        {
            checkedIdentifiers[i] = check(identifiers[i], parameter);
            if (Array.IndexOf(checkedIdentifiers, checkedIdentifiers[i], 0, i) >= 0)
            {
                throw new ArgumentException($"The identifier '{identifiers[i]}' is listed twice; list each once.", parameter);
            }
        }

        return new EmrFsRoleMapping(new EmrFsRoleMappingSpec
        {
            Role = roleArn,
            IdentifierType = type,
            Identifiers = EquatableArray.Create(checkedIdentifiers),
        });
    }
}
