using EmrDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmrDsl.Analyzers;

// One analyzer per rule family (RuleCategory); together they report every rule of RuleSet.All.

[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CorrectnessAnalyzer() : ClusterRuleAnalyzer(RuleCategory.Correctness);

[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReliabilityAnalyzer() : ClusterRuleAnalyzer(RuleCategory.Reliability);

[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecurityAnalyzer() : ClusterRuleAnalyzer(RuleCategory.Security);

[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CostAnalyzer() : ClusterRuleAnalyzer(RuleCategory.Cost);

[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PerformanceAnalyzer() : ClusterRuleAnalyzer(RuleCategory.Performance);

[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OperationsAnalyzer() : ClusterRuleAnalyzer(RuleCategory.Operations);
