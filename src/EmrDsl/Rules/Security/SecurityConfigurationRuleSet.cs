using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>The rules over a security configuration document (EMR040-EMR048, EMR060-EMR062), run together in id order.</summary>
public static class SecurityConfigurationRuleSet
{
    public static IReadOnlyList<SecurityConfigurationRule> All { get; } = new SecurityConfigurationRule[]
    {
        new AtRestEncryptionOffRule(),
        new InTransitEncryptionOffRule(),
        new LocalDiskOrEbsUnencryptedRule(),
        new S3WithoutCustomerKeyRule(),
        new KeyProviderIncompleteRule(),
        new TlsProviderIncompleteRule(),
        new Imdsv1AllowedRule(),
        new SecurityConfigurationRejectedRule(),
        new SecurityConfigurationMemberNotCheckedRule(),
        new LakeFormationWithoutRuntimeRolesRule(),
        new LakeFormationSessionTagRule(),
        new IdentityCenterIncompleteRule(),
    }.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

    /// <summary>Runs every rule over a DSL-authored configuration; findings come grouped by rule id.</summary>
    public static IReadOnlyList<Finding> Run(SecurityConfigurationSpec spec, RuleContext? context = null)
    {
        if (spec is null)
        {
            throw new ArgumentNullException(nameof(spec));
        }

        var effective = context ?? RuleContext.Default;
        return All.SelectMany(rule => rule.Check(spec, effective)).ToArray();
    }

    /// <summary>
    /// Runs every rule over a document read from JSON, its read errors and unchecked members included. A section left out
    /// because a member could not be read is explained by that error (EMR047), so other rules' findings about it are not repeated.
    /// </summary>
    internal static IReadOnlyList<Finding> Run(SecurityConfigurationDocument document, RuleContext? context = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var effective = context ?? RuleContext.Default;
        return All.SelectMany(rule => rule.CheckDocument(document, effective))
            .Where(finding => finding.Id == RuleIds.SecurityConfigurationRejected || !document.Errors.Any(error => IsWithin(error.Path, finding.Path)))
            .ToArray();
    }

    private static bool IsWithin(string errorPath, string findingPath) =>
        errorPath == findingPath || errorPath.StartsWith(findingPath + ".", StringComparison.Ordinal) || errorPath.StartsWith(findingPath + "[", StringComparison.Ordinal);
}
