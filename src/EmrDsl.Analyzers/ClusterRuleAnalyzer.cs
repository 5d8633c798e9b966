using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EmrDsl.Analyzers.Definitions;
using EmrDsl.Generators.Evaluation;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;
using RuleSet = EmrDsl.Rules.RuleSet;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmrDsl.Analyzers;

/// <summary>
/// Runs one family of model rules on every <c>[EmrCluster]</c> definition and reports each finding at the DSL
/// call that set the value it is about (via the definition's source map). The rule logic lives in
/// <c>src/EmrDsl/Rules</c>; this class only evaluates, maps and reports.
/// </summary>
public abstract class ClusterRuleAnalyzer : DiagnosticAnalyzer
{
    private readonly ImmutableArray<ClusterRule> _rules;

    private protected ClusterRuleAnalyzer(RuleCategory family)
    {
        _rules = RuleSet.All.Where(rule => rule.Category == family).ToImmutableArray();
        SupportedDiagnostics = Descriptors.Of(_rules);
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (EvaluatedDefinitions.For(start.Compilation) is not { } definitions)
            {
                return;
            }

            // Definitions built from a shared base report the base's calls once, not once per definition.
            var reported = new ConcurrentDictionary<(string Id, Location Location, string Message), bool>();
            start.RegisterSymbolAction(
                symbol => Analyze(symbol, definitions, reported),
                SymbolKind.Property,
                SymbolKind.Field,
                SymbolKind.Method);
        });
    }

    private void Analyze(SymbolAnalysisContext context, EvaluatedDefinitions definitions, ConcurrentDictionary<(string, Location, string), bool> reported)
    {
        if (!definitions.IsDefinition(context.Symbol) || context.Symbol.Locations.FirstOrDefault() is not { IsInSource: true } definitionLocation)
        {
            return;
        }

        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(definitionLocation.SourceTree!);
        var ruleContext = RuleOptions.Read(options);
        foreach (var (finding, location) in Findings(context, definitions, ruleContext))
        {
            var at = definitions.Locations.Find(location) ?? definitionLocation;
            if (reported.TryAdd((finding.Id, at, finding.Message), true))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(finding.Id), at, Properties(finding, ruleContext), finding.Message));
            }
        }
    }

    /// <summary>
    /// The family's findings with where each resolves. Half-typed code must never crash the analyzer (AD0001):
    /// a definition that cannot be evaluated yields nothing here; the generator reports why (EMRG001...).
    /// </summary>
    private List<(Finding Finding, Generators.Specs.LocationInfo Location)> Findings(SymbolAnalysisContext context, EvaluatedDefinitions definitions, RuleContext ruleContext)
    {
        var findings = new List<(Finding, Generators.Specs.LocationInfo)>();
        try
        {
            if (definitions.Evaluate(context.Symbol, context.CancellationToken) is not { Cluster: { } cluster, SourceMap: { } sourceMap })
            {
                return findings;
            }

            // As in Cluster.Validate: a security configuration authored with the cluster is checked too (EMR003, EMR014).
            var effective = ruleContext with { SecurityConfiguration = cluster.SecurityConfigurationDocument };
            using var culture = InvariantCultureScope.Enter();
            foreach (var rule in _rules)
            {
                findings.AddRange(rule.Check(cluster.Spec, effective).Select(f => (f, sourceMap.Resolve(f.Path))));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            findings.Clear();
        }

        return findings;
    }

    private static ImmutableDictionary<string, string?> Properties(Finding finding, RuleContext ruleContext)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Path, finding.Path);
        return ruleContext.DefaultLogUri is { } logUri ? properties.Add(DiagnosticProperties.DefaultLogUri, logUri) : properties;
    }
}
