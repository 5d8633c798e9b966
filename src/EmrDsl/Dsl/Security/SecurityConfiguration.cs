using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Emit;
using EmrDsl.Model;
using EmrDsl.Rules;

namespace EmrDsl;

/// <summary>
/// An EMR security configuration: a name plus the JSON document CreateSecurityConfiguration takes. Immutable, so a
/// shared baseline can be refined per environment. Setting a part again replaces it; role mappings accumulate.
/// Attach it to a cluster with <c>Cluster.SecurityConfiguration(document)</c>.
/// </summary>
public sealed class SecurityConfiguration
{
    private SecurityConfiguration(SecurityConfigurationSpec spec) => Spec = spec;

    public SecurityConfigurationSpec Spec { get; }

    /// <summary>Starts a security configuration; <paramref name="name"/> is what clusters refer to in RunJobFlow.</summary>
    public static SecurityConfiguration Create(string name) =>
        new(new SecurityConfigurationSpec { Name = SecurityRequire.Name(name, nameof(name)) });

    /// <summary>Wraps an existing spec.</summary>
    public static SecurityConfiguration FromSpec(SecurityConfigurationSpec spec) => new(spec ?? throw new ArgumentNullException(nameof(spec)));

    /// <summary>A copy under another name, for example per environment.</summary>
    public SecurityConfiguration Named(string name) => With(s => s with { Name = SecurityRequire.Name(name, nameof(name)) });

    /// <summary>Applies a change to the spec; the building block of every fluent method.</summary>
    public SecurityConfiguration With(Func<SecurityConfigurationSpec, SecurityConfigurationSpec> change) => new(change(Spec));

    /// <summary>At-rest encryption of EMRFS data in Amazon S3, for example <c>S3Encryption.SseKms(keyArn)</c>.</summary>
    public SecurityConfiguration EncryptS3AtRest(S3Encryption encryption)
    {
        var s3 = (encryption ?? throw new ArgumentNullException(nameof(encryption))).Spec;
        RequireDistinctKeyProviders(s3.EncryptionKeyProviderClass, Spec.LocalDiskEncryptionConfiguration?.EncryptionKeyProviderClass, nameof(encryption));
        return With(s => s with { S3EncryptionConfiguration = s3 });
    }

    /// <summary>At-rest encryption of the nodes' local disks, for example <c>LocalDiskEncryption.Kms(keyArn).WithEbsEncryption()</c>.</summary>
    public SecurityConfiguration EncryptLocalDisk(LocalDiskEncryption encryption)
    {
        var disk = (encryption ?? throw new ArgumentNullException(nameof(encryption))).Spec;
        RequireDistinctKeyProviders(Spec.S3EncryptionConfiguration?.EncryptionKeyProviderClass, disk.EncryptionKeyProviderClass, nameof(encryption));
        return With(s => s with { LocalDiskEncryptionConfiguration = disk });
    }

    /// <summary>In-transit (TLS) encryption, for example <c>Tls.PemFromS3("s3://bucket/certs.zip")</c>.</summary>
    public SecurityConfiguration EncryptInTransit(Tls certificates) =>
        With(s => s with { TlsCertificateConfiguration = (certificates ?? throw new ArgumentNullException(nameof(certificates))).Spec });

    /// <summary>Kerberos authentication, for example <c>KerberosConfiguration.ClusterDedicatedKdc(24)</c>.</summary>
    public SecurityConfiguration Kerberos(KerberosConfiguration kerberos) =>
        With(s => s with { KerberosConfiguration = (kerberos ?? throw new ArgumentNullException(nameof(kerberos))).Spec });

    /// <summary>Appends EMRFS role mappings (IAM roles for EMRFS requests to Amazon S3), evaluated in order.</summary>
    public SecurityConfiguration EmrFsRoleMappings(params EmrFsRoleMapping[] mappings)
    {
        if (mappings is null || mappings.Length == 0 || mappings.Any(m => m is null))
        {
            throw new ArgumentException("Pass one or more role mappings, such as EmrFsRoleMapping.ForUsers(roleArn, \"analyst\").", nameof(mappings));
        }

        return With(s => s with { RoleMappings = s.RoleMappings.AddRange(mappings.Select(m => m.Spec)) });
    }

    /// <summary>
    /// The EC2 instance metadata service settings: <paramref name="minimumInstanceMetadataServiceVersion"/> 2 allows only
    /// IMDSv2 (1 allows both); <paramref name="httpPutResponseHopLimit"/> is 1 to 64.
    /// </summary>
    public SecurityConfiguration InstanceMetadataService(int minimumInstanceMetadataServiceVersion, int httpPutResponseHopLimit = 1)
    {
        if (minimumInstanceMetadataServiceVersion is not (1 or 2))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumInstanceMetadataServiceVersion), minimumInstanceMetadataServiceVersion,
                "The minimum instance metadata service version is 1 (IMDSv1 and IMDSv2) or 2 (IMDSv2 only).");
        }

        if (httpPutResponseHopLimit is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(httpPutResponseHopLimit), httpPutResponseHopLimit,
                "The HTTP PUT response hop limit is an integer from 1 to 64 (AWS default 1).");
        }

        return With(s => s with
        {
            InstanceMetadataServiceConfiguration = new InstanceMetadataServiceConfigurationSpec
            {
                MinimumInstanceMetadataServiceVersion = minimumInstanceMetadataServiceVersion,
                HttpPutResponseHopLimit = httpPutResponseHopLimit,
            },
        });
    }

    /// <summary>
    /// Lets steps run as runtime roles (<c>IAMConfiguration.EnableApplicationScopedIAMRole</c>): a cluster using this
    /// configuration accepts <c>.StepExecutionRole(roleArn)</c> and AddJobFlowSteps' <c>ExecutionRoleArn</c> (EMR 6.7.0 and
    /// later). <paramref name="propagateSourceIdentity"/> passes the caller's source identity to the role's sessions, so
    /// CloudTrail shows who ran each step (<c>ApplicationScopedIAMRoleConfiguration.PropagateSourceIdentity</c>).
    /// EMR Management Guide, "Runtime roles for Amazon EMR steps".
    /// </summary>
    public SecurityConfiguration RuntimeRoles(bool propagateSourceIdentity = true) =>
        With(s => s with { IamConfiguration = new IamConfigurationSpec { EnableApplicationScopedIamRole = true, PropagateSourceIdentity = propagateSourceIdentity } });

    /// <summary>
    /// Lake Formation table, column, row and cell permissions for Spark on the cluster (EMR 6.15.0 and later):
    /// <c>LakeFormationConfiguration.AuthorizedSessionTagValue</c> "Amazon EMR", the value the EMR Management Guide
    /// ("Enable Lake Formation with Amazon EMR") prescribes and Lake Formation's application integration settings must
    /// hold. Lake Formation authorizes the runtime roles steps run as, so this needs <see cref="RuntimeRoles"/> too.
    /// </summary>
    public SecurityConfiguration LakeFormation()
    {
        if (!Spec.EnablesRuntimeRoles)
        {
            throw new InvalidOperationException(
                "Lake Formation authorizes the runtime roles steps run as, so it needs them enabled first: write .RuntimeRoles().LakeFormation().");
        }

        return With(s => s with { LakeFormationConfiguration = new LakeFormationConfigurationSpec { AuthorizedSessionTagValue = LakeFormationConfigurationSpec.AmazonEmr } });
    }

    /// <summary>
    /// Trusted identity propagation from IAM Identity Center (<c>AuthenticationConfiguration.IdentityCenterConfiguration</c>):
    /// the Identity Center instance (<c>arn:aws:sso:::instance/ssoins-...</c>), the IAM role EMR authenticates with
    /// Identity Center as, whether users must be assigned to EMR's Identity Center application, and whether Livy sessions
    /// outlive the user's sign-out (EMR 7.11 and later). EMR Management Guide, "User background sessions".
    /// </summary>
    public SecurityConfiguration IdentityCenter(string identityCenterInstanceArn, string identityCenterRoleArn, bool applicationAssignmentRequired = true, bool userBackgroundSession = false) =>
        With(s => s with
        {
            IdentityCenterConfiguration = new IdentityCenterConfigurationSpec
            {
                EnableIdentityCenter = true,
                IdentityCenterInstanceArn = SecurityRequire.IdentityCenterInstanceArn(identityCenterInstanceArn, nameof(identityCenterInstanceArn)),
                ApplicationAssignmentRequired = applicationAssignmentRequired,
                EnableUserBackgroundSession = userBackgroundSession,
                IamRoleForEmrIdentityCenterApplicationArn = SecurityRequire.IamRoleArn(identityCenterRoleArn, nameof(identityCenterRoleArn)),
            },
        });

    /// <summary>The security configuration rules' findings (EMR040-EMR048) for this configuration, grouped by rule id.</summary>
    public IReadOnlyList<Finding> Validate(RuleContext? context = null) => SecurityConfigurationRuleSet.Run(Spec, context);

    /// <summary>The document to pass as CreateSecurityConfiguration's <c>SecurityConfiguration</c> string.</summary>
    public string ToJson()
    {
        if (IsEmpty(Spec))
        {
            throw new InvalidOperationException(
                $"The security configuration '{Spec.Name}' configures nothing. Add encryption, Kerberos, EMRFS role mappings or instance metadata " +
                "settings, for example .EncryptS3AtRest(S3Encryption.SseS3()).");
        }

        return SecurityConfigurationJson.Write(Spec);
    }

    private static bool IsEmpty(SecurityConfigurationSpec spec) =>
        !spec.EnableInTransitEncryption && !spec.EnableAtRestEncryption && spec.KerberosConfiguration is null
        && spec.RoleMappings.IsEmpty && spec.InstanceMetadataServiceConfiguration is null
        && spec.IdentityCenterConfiguration is null && spec.IamConfiguration is null && spec.LakeFormationConfiguration is null;

    // The Management Guide: the local-disk key provider class "must be different from the class name provided for CSE-Custom".
    private static void RequireDistinctKeyProviders(string? s3Class, string? localDiskClass, string parameter)
    {
        if (s3Class is not null && s3Class == localDiskClass)
        {
            throw new ArgumentException(
                $"S3 (CSE-Custom) and local disk encryption both use the key provider class '{s3Class}'; EMR requires different classes. " +
                "Give the local disk provider its own class.", parameter);
        }
    }
}
