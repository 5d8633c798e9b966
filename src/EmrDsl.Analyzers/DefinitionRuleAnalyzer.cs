using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EmrDsl.Analyzers.Definitions;
using EmrDsl.Containers;
using EmrDsl.Generators.Analysis;
using EmrDsl.Rules;
using EmrDsl.Serverless;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RuleSet = EmrDsl.Rules.RuleSet;

namespace EmrDsl.Analyzers;

/// <summary>
/// Runs the rules on every marked definition, <c>[EmrCluster]</c> and <c>[EmrSteps]</c> (<see cref="RuleSet"/>, EMR0xx),
/// <c>[EmrSecurityConfiguration]</c> and a cluster's authored security configuration (<see cref="SecurityConfigurationRuleSet"/>,
/// EMR04x), <c>[EmrBlockPublicAccess]</c> (<see cref="BlockPublicAccessRuleSet"/>, EMR063-EMR064), <c>[EmrServerless]</c>
/// (<see cref="ServerlessRuleSet"/>, EMR1xx) and <c>[EmrOnEks]</c> (<see cref="EksRuleSet"/>, EMR05x and EMR011), through
/// the same <c>Validate</c> a program calls
/// at run time, and reports each finding at the DSL call that set the value it is about (via the definition's source
/// map). The rule logic lives in <c>src/EmrDsl/Rules</c>; this class only evaluates, maps and reports.
/// </summary>
/// <remarks>
/// One analyzer for every rule rather than one per rule family: the compiler calls an analyzer once for each member
/// of the compilation, and all of them need the same evaluated definition, so each further analyzer would only repeat
/// the lookups (at 1,000 definitions, six family analyzers cost the build more than the rules did).
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DefinitionRuleAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.ById.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // A definition in a generated file (a template's output) is deployed like any other and the generator makes
        // artifacts of it, so the rules check it too. The generator's own artifact classes carry no marker. Saying so
        // also spares the compiler finding out, for each file a finding is in, whether it is generated code.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            if (CompilationDefinitions.For(start.Compilation) is not { } definitions)
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

    private static void Analyze(SymbolAnalysisContext context, CompilationDefinitions definitions, ConcurrentDictionary<(string, Location, string), bool> reported)
    {
        if (context.Symbol.Locations.FirstOrDefault() is not { IsInSource: true } definitionLocation)
        {
            return;
        }

        foreach (var (finding, ruleContext, location, inner) in Findings(context, definitions, definitionLocation.SourceTree!))
        {
            var at = location ?? definitionLocation;
            if (reported.TryAdd((finding.Id, at, finding.Message), true))
            {
                // A call inside a helper: reported at the helper's call in this definition, with the call itself beside it.
                var additional = inner is not null ? new[] { inner } : null;
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(finding.Id), at, additional, Properties(finding, ruleContext), finding.Message));
            }
        }
    }

    /// <summary>
    /// The findings with where each goes, and the options the rules ran with. Half-typed code must never crash the
    /// analyzer (AD0001): a definition that cannot be evaluated yields nothing here; the generator reports why (EMRG001...).
    /// </summary>
    private static IEnumerable<(Finding Finding, RuleContext RuleContext, Location? At, Location? Inner)> Findings(SymbolAnalysisContext context, CompilationDefinitions definitions, SyntaxTree tree)
    {
        try
        {
            if (definitions.Evaluate(context.Symbol, context.CancellationToken) is not { } definition)
            {
                return Array.Empty<(Finding, RuleContext, Location?, Location?)>();
            }

            var ruleContext = RuleOptions.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree));
            return definition.Check(ruleContext, Validate).Select(f => (f.Finding, ruleContext, f.At, f.Inner)).ToArray();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Array.Empty<(Finding, RuleContext, Location?, Location?)>();
        }
    }

    /// <summary>What the definition's own <c>Validate</c> finds at run time (a job run is checked on its own, as it has no application here).</summary>
    private static IReadOnlyList<Finding> Validate(object definition, RuleContext context) => definition switch
    {
        Cluster cluster => cluster.Validate(context).Concat(cluster.ValidateSecurityConfiguration(context)).ToArray(),
        SecurityConfiguration securityConfiguration => securityConfiguration.Validate(context),
        BlockPublicAccess setting => setting.Validate(context),
        ServerlessApplication application => application.Validate(context),
        ServerlessJobRun jobRun => jobRun.Validate(application: null, context),
        EksJobRun eksJobRun => eksJobRun.Validate(context),
        EksVirtualCluster or EksJobTemplate => Array.Empty<Finding>(),
        JobFlowSteps steps => steps.Validate(context),
        InstanceGroupScaling scaling => scaling.Validate(context),
        ManagedScalingLimits limits => limits.Validate(context),
        _ => throw new ArgumentException($"'{definition.GetType().Name}' is not a definition the rules know.", nameof(definition)),
    };

    private static ImmutableDictionary<string, string?> Properties(Finding finding, RuleContext ruleContext)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Path, finding.Path);
        return ruleContext.DefaultLogUri is { } logUri ? properties.Add(DiagnosticProperties.DefaultLogUri, logUri) : properties;
    }
}
