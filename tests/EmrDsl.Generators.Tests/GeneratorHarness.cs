extern alias generator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using DefinitionGenerator = generator::EmrDsl.Generators.DefinitionGenerator;

namespace EmrDsl.Generators.Tests;

/// <summary>Runs the generator over in-memory compilations that reference the .NET 8 reference assemblies and the EmrDsl runtime.</summary>
internal static class GeneratorHarness
{
    private static readonly MetadataReference[] References =
        Basic.Reference.Assemblies.Net80.References.All
            .Append(MetadataReference.CreateFromFile(typeof(Cluster).Assembly.Location))
            .ToArray();

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.CSharp12) => new(version);

    /// <summary>Each source becomes a tree named Source0.cs, Source1.cs, ...</summary>
    public static CSharpCompilation Compile(CSharpParseOptions options, params string[] sources) =>
        CSharpCompilation.Create(
            "Definitions",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, options, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpCompilation Compile(params string[] sources) => Compile(ParseOptions(), sources);

    /// <param name="project">The project's MSBuild properties as the compiler passes them; none when null.</param>
    public static GeneratorDriver Driver(CSharpParseOptions options, ProjectProperties? project = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new DefinitionGenerator().AsSourceGenerator() },
            parseOptions: options,
            optionsProvider: project,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorOutcome Run(CSharpCompilation compilation, ProjectProperties? project = null)
    {
        var driver = Driver((CSharpParseOptions)compilation.SyntaxTrees.First().Options, project).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorOutcome(compilation, (CSharpCompilation)output, driver.GetRunResult().Results.Single());
    }

    public static GeneratorOutcome Run(params string[] sources) => Run(Compile(sources));

    public static GeneratorOutcome Run(ProjectProperties project, params string[] sources) => Run(Compile(sources), project);
}

/// <summary>One generator run: what it produced and reported, and the compilation with its output added.</summary>
internal sealed record GeneratorOutcome(CSharpCompilation Input, CSharpCompilation Output, GeneratorRunResult Result)
{
    /// <summary>
    /// What the generator reported, less EMRG009 (no Terraform artifact): most definitions here are minimal and
    /// lack the roles Terraform requires. <see cref="AllDiagnostics"/> keeps it; ArtifactKindTests covers it.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics => AllDiagnostics.Where(d => d.Id != "EMRG009").ToImmutableArray();

    public ImmutableArray<Diagnostic> AllDiagnostics => Result.Diagnostics;

    public string GeneratedSource(string hintNameStart)
    {
        var matches = Result.GeneratedSources.Where(s => s.HintName.StartsWith(hintNameStart, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"Expected one generated file starting with '{hintNameStart}'; generated: {string.Join(", ", Result.GeneratedSources.Select(s => s.HintName))}");
        return matches[0].SourceText.ToString();
    }

    /// <summary>The payloads of the one generated file whose name starts with <paramref name="hintNameStart"/>, by constant name.</summary>
    public IReadOnlyDictionary<string, string> GeneratedPayloads(string hintNameStart) => Tests.GeneratedPayloads.Of(GeneratedSource(hintNameStart));

    /// <summary>The source text a diagnostic points at.</summary>
    /// <remarks>Generator diagnostics carry a file path and span (no tree), so the tree is found by its path.</remarks>
    public string TextAt(Location location) =>
        Input.SyntaxTrees.Single(t => t.FilePath == location.GetLineSpan().Path).GetText().ToString(location.SourceSpan);

    public Diagnostic Single(string id) => Assert.Single(Diagnostics, d => d.Id == id);

    /// <summary>Compiler errors in the output (the generated code must compile).</summary>
    public IEnumerable<Diagnostic> OutputErrors() => Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);

    public IReadOnlyList<T> StepOutputs<T>(string trackingName) =>
        Result.TrackedSteps[trackingName].SelectMany(step => step.Outputs).Select(o => (T)o.Value).ToList();
}
