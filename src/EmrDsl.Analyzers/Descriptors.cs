using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;
using RuleSet = EmrDsl.Rules.RuleSet;

namespace EmrDsl.Analyzers;

/// <summary>
/// One descriptor per rule (cluster, security configuration, block public access, EMR Serverless and EMR on EKS), built from
/// the rule's own metadata so ids, titles, severities, categories and help pages never drift from <see cref="RuleSet"/>,
/// <see cref="ServerlessRuleSet"/> and <see cref="EksRuleSet"/>. The message is the finding's message, which already says
/// where and how to fix.
/// </summary>
public static class Descriptors
{
    public static ImmutableDictionary<string, DiagnosticDescriptor> ById { get; } =
        RuleSet.All.Concat<Rule>(SecurityConfigurationRuleSet.All).Concat(BlockPublicAccessRuleSet.All).Concat(ServerlessRuleSet.All).Concat(EksRuleSet.All)
            .GroupBy(rule => rule.Id) // EMR011 checks clusters and EMR on EKS job runs: one id, one descriptor
            .ToImmutableDictionary(rules => rules.Key, rules => Create(rules.First()));

    public static DiagnosticDescriptor For(string ruleId) => ById[ruleId];

    public static DiagnosticSeverity Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => DiagnosticSeverity.Error,
        FindingSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static DiagnosticDescriptor Create(Rule rule) =>
        new(
            rule.Id,
            rule.Title,
            "{0}",
            rule.Category.ToString(),
            Severity(rule.DefaultSeverity),
            isEnabledByDefault: true,
            helpLinkUri: rule.HelpLink);
}
