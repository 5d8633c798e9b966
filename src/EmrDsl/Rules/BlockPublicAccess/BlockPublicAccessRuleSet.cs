using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>The rules over the account's block public access setting (EMR063, EMR064), run together in id order.</summary>
public static class BlockPublicAccessRuleSet
{
    public static IReadOnlyList<BlockPublicAccessRule> All { get; } = new BlockPublicAccessRule[]
    {
        new BlockPublicAccessOffRule(),
        new PublicPortsBeyondSshRule(),
    }.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

    /// <summary>Runs every rule over a PutBlockPublicAccessConfiguration request; a request without a configuration has nothing to judge.</summary>
    public static IReadOnlyList<Finding> Run(PutBlockPublicAccessConfigurationSpec request, RuleContext? context = null)
    {
        if ((request ?? throw new ArgumentNullException(nameof(request))).BlockPublicAccessConfiguration is not { } configuration)
        {
            return Array.Empty<Finding>();
        }

        var effective = context ?? RuleContext.Default;
        return All.SelectMany(rule => rule.Check(configuration, effective)).ToArray();
    }
}
