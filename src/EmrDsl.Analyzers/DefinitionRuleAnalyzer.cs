using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EmrDsl.Analyzers.Definitions;
using EmrDsl.Generators.Evaluation;
using EmrDsl.Generators.Specs;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmrDsl.Analyzers;

/// <summary>
/// Runs model rules on every definition of one kind (<c>[EmrCluster]</c>, <c>[EmrServerless]</c>) and reports each
/// finding at the DSL call that set the value it is about (via the definition's source map). The rule logic lives
/// in <c>src/EmrDsl/Rules</c>; this class only evaluates, maps and reports.
/// </summary>
public abstract class DefinitionRuleAnalyzer : DiagnosticAnalyzer
{
    private readonly DefinitionKind _kind;

    private protected DefinitionRuleAnalyzer(DefinitionKind kind, IEnumerable<Rule> rules)
    {
        _kind = kind;
        SupportedDiagnostics = Descriptors.Of(rules);
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

    /// <summary>The findings of this analyzer's rules on one evaluated definition (a value of one of the kind's result types).</summary>
    private protected abstract IEnumerable<Finding> Check(object definition, RuleContext context);

    private void Analyze(SymbolAnalysisContext context, EvaluatedDefinitions definitions, ConcurrentDictionary<(string, Location, string), bool> reported)
    {
        if (definitions.KindOf(context.Symbol) != _kind || context.Symbol.Locations.FirstOrDefault() is not { IsInSource: true } definitionLocation)
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
    /// The findings with where each resolves. Half-typed code must never crash the analyzer (AD0001): a definition
    /// that cannot be evaluated yields nothing here; the generator reports why (EMRG001...).
    /// </summary>
    private List<(Finding Finding, LocationInfo Location)> Findings(SymbolAnalysisContext context, EvaluatedDefinitions definitions, RuleContext ruleContext)
    {
        var findings = new List<(Finding, LocationInfo)>();
        try
        {
            if (definitions.Evaluate(context.Symbol, _kind, context.CancellationToken) is not { Value: { } value, SourceMap: { } sourceMap })
            {
                return findings;
            }

            using var culture = InvariantCultureScope.Enter();
            findings.AddRange(Check(value, ruleContext).Select(f => (f, sourceMap.Resolve(f.Path))));
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
