using System.Collections.Generic;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Wire;
using static EmrDsl.Rules.SecurityConfigurationPaths;

namespace EmrDsl.Rules;

/// <summary>
/// EMR047: CreateSecurityConfiguration would reject the document: a switch that is on without its section, EBS
/// encryption with a Custom key provider, instance metadata settings out of range, one key provider class for S3 and
/// local disks; in a document read from JSON also every wrong type, unknown or empty value and missing required member.
/// </summary>
public sealed class SecurityConfigurationRejectedRule : SecurityConfigurationRule
{
    public SecurityConfigurationRejectedRule()
        : base(RuleIds.SecurityConfigurationRejected, "Security configuration EMR would reject", FindingSeverity.Error, RuleCategory.Correctness)
    {
    }

    public override IEnumerable<Finding> Check(SecurityConfigurationSpec spec, RuleContext context)
    {
        if (spec.DeclaredAtRestEncryption == true && spec.S3EncryptionConfiguration is null && spec.LocalDiskEncryptionConfiguration is null)
        {
            yield return Report(AtRest, "EnableAtRestEncryption is true but there is no S3EncryptionConfiguration or LocalDiskEncryptionConfiguration to apply. Add at least one, or set EnableAtRestEncryption to false.");
        }

        if (spec.DeclaredInTransitEncryption == true && spec.TlsCertificateConfiguration is null)
        {
            yield return Report(Member(Encryption, "InTransitEncryptionConfiguration"), "EnableInTransitEncryption is true but there is no InTransitEncryptionConfiguration.TLSCertificateConfiguration naming the certificates. Add one (CertificateProviderType EMR, PEM or Custom), or set EnableInTransitEncryption to false.");
        }

        if (spec.LocalDiskEncryptionConfiguration is { EnableEbsEncryption: true, EncryptionKeyProviderType: EncryptionKeyProviderType.Custom })
        {
            yield return Report(Member(LocalDisk, "EnableEbsEncryption"), "EnableEbsEncryption is true with the Custom key provider; EBS encryption needs the AwsKms provider. Switch EncryptionKeyProviderType to AwsKms with an AwsKmsKey, or set EnableEbsEncryption to false.");
        }

        if (spec.S3EncryptionConfiguration?.EncryptionKeyProviderClass is { Length: > 0 } s3Class && s3Class == spec.LocalDiskEncryptionConfiguration?.EncryptionKeyProviderClass)
        {
            yield return Report(Member(LocalDisk, "EncryptionKeyProviderClass"), $"S3 (CSE-Custom) and local disk encryption both use the key provider class '{s3Class}'; EMR requires different classes. Give the local disk provider its own class.");
        }

        if (spec.InstanceMetadataServiceConfiguration is { } imds)
        {
            if (imds.MinimumInstanceMetadataServiceVersion is not (1 or 2))
            {
                yield return Report(Member(InstanceMetadata, "MinimumInstanceMetadataServiceVersion"), $"MinimumInstanceMetadataServiceVersion is {imds.MinimumInstanceMetadataServiceVersion}; it is 1 (IMDSv1 and IMDSv2) or 2 (IMDSv2 only). Set it to 2.");
            }

            if (imds.HttpPutResponseHopLimit is < 1 or > 64)
            {
                yield return Report(Member(InstanceMetadata, "HttpPutResponseHopLimit"), $"HttpPutResponseHopLimit is {imds.HttpPutResponseHopLimit}; it is a whole number from 1 to 64. Set it to 1 unless containers on the nodes need more hops.");
            }
        }
    }

    /// <summary>The document's read errors first, then the model's findings not already explained by an error inside their member.</summary>
    internal override IEnumerable<Finding> CheckDocument(SecurityConfigurationDocument document, RuleContext context)
    {
        var errors = document.Errors.Select(e => Report(e.Path, $"{e.Message}.")).ToArray();
        return errors.Concat(Check(document.Spec, context).Where(f => !errors.Any(e => e.Path.StartsWith(f.Path, System.StringComparison.Ordinal))));
    }
}
