extern alias runtime;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace EmrDsl.Analyzers.Tests;

/// <summary>
/// Runs every EmrDsl analyzer (and optionally a fixer) over test sources with the Microsoft.CodeAnalysis.Testing
/// markup. References come from Basic.Reference.Assemblies and the EmrDsl runtime on disk: the reference
/// assemblies set resolves nothing, so no NuGet download is ever attempted.
/// </summary>
internal static class Verify
{
    public static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(runtime::EmrDsl.Cluster).Assembly.Location);

    /// <summary>Resolves no package: the references are all in <see cref="Test{TCodeFix}.AdditionalReferences"/>.</summary>
    public static readonly ReferenceAssemblies NoPackages = new("net8.0-basic-reference-assemblies");

    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new DefinitionRuleAnalyzer());

    /// <summary>Expects exactly the diagnostics marked in <paramref name="source"/> for the rules <paramref name="ruleIds"/> (the others are off).</summary>
    public static Task AnalyzerAsync(string source, params string[] ruleIds) =>
        new Test<EmptyCodeFixProvider>(ruleIds) { TestCode = source }.RunAsync();

    /// <summary>Expects the marked diagnostics, and <paramref name="fixedSource"/> after applying the fix (one and all).</summary>
    public static Task CodeFixAsync<TCodeFix>(string source, string fixedSource, string ruleId, int iterations = 1)
        where TCodeFix : CodeFixProvider, new() =>
        new Test<TCodeFix>(ruleId)
        {
            TestCode = source,
            FixedCode = fixedSource,
            NumberOfIncrementalIterations = iterations,
            NumberOfFixAllIterations = 1,
        }.RunAsync();

    /// <summary>
    /// Expects the marked diagnostics in each document, and each fixed document after the fixes one at a time and
    /// after Fix All in document (once per document), project and solution scope.
    /// </summary>
    public static Task FixAllAsync<TCodeFix>(string ruleId, params (string Source, string Fixed)[] documents)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new Test<TCodeFix>(ruleId)
        {
            // At most one iteration per finding: a fix may settle several findings at once.
            NumberOfIncrementalIterations = -documents.Sum(d => CountOf(d.Source, "{|" + ruleId + ":")),
            NumberOfFixAllInDocumentIterations = documents.Length,
            NumberOfFixAllInProjectIterations = 1,
            NumberOfFixAllIterations = 1,
        };
        foreach (var (source, fixedSource) in documents)
        {
            test.TestState.Sources.Add(source);
            test.FixedState.Sources.Add(fixedSource);
        }

        return test.RunAsync();
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty).Length) / part.Length;

    public sealed class Test<TCodeFix> : CSharpCodeFixTest<DefinitionRuleAnalyzer, TCodeFix, DefaultVerifier>
        where TCodeFix : CodeFixProvider, new()
    {
        public Test(params string[] ruleIds)
        {
            ReferenceAssemblies = NoPackages;
            TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
            TestState.AdditionalReferences.Add(Runtime);
            FixedState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
            FixedState.AdditionalReferences.Add(Runtime);
            DisabledDiagnostics.AddRange(Descriptors.ById.Keys.Except(ruleIds));
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Analyzers;
    }
}
