using System.Linq;
using EmrDsl.Generators.Emitter;
using EmrDsl.Generators.Parsing;
using EmrDsl.Generators.Specs;
using EmrDsl.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EmrDsl.Generators;

/// <summary>
/// Evaluates every <c>[EmrCluster]</c>, <c>[EmrServerless]</c>, <c>[EmrSteps]</c>, <c>[EmrScaling]</c>, <c>[EmrSecurityConfiguration]</c>,
/// <c>[EmrBlockPublicAccess]</c> and <c>[EmrOnEks]</c> definition at build time and emits its payloads
/// as constants. Every marker feeds the same find, parse, emit and report steps. Source is produced from location-free
/// specs only, so moving code never regenerates it; diagnostics (which carry locations) are a separate output.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DefinitionGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Every step's value is a reference type (PipelineValue): a value type makes the JIT compile Roslyn's tables anew
        // in each fresh compiler process.

        // The project's MSBuild properties (build_property.EmrDsl*), in a step of their own: an edit leaves them equal, so
        // the definitions meet them again only when a property changes, and no definition is evaluated again then.
        var project = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ProjectChoices.Read(options.GlobalOptions))
            .WithTrackingName(TrackingNames.ProjectChoices);
        context.RegisterSourceOutput(project, static (output, choices) =>
        {
            foreach (var problem in choices.Problems)
            {
                output.ReportDiagnostic(Diagnostic.Create(problem.Descriptor, Location.None, problem.MessageArgs.ToArray<object>()));
            }
        });

        // An editor's compilation gets no manifest constants (ArtifactsForm.Writes); its definitions are still evaluated,
        // for the diagnostics and the analyzers.
        var form = context.ParseOptionsProvider
            .Combine(project)
            .Select(static (pair, _) => ArtifactsForm.Of(pair.Right, pair.Left is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp11 }))
            .WithTrackingName(TrackingNames.ArtifactsForm);

        // The optional artifacts the project asks for are written by the parse, only those: when the choice changes, every
        // definition is parsed again from its cached evaluation.
        var projectSwitches = project
            .Select(static (choices, _) => PipelineValue.Of(choices.Enabled))
            .WithTrackingName(TrackingNames.ChosenArtifacts);

        // One step over the compilation: each file's candidates are read by syntax once per tree (MarkerSyntax), and an
        // unaffected definition costs one cache lookup (DefinitionParser.Parse), its attributes bound only when it is parsed.
        // The definitions then fan out, one entry each, so only a changed one reaches the steps below.
        var definitions = context.CompilationProvider
            .Combine(projectSwitches)
            .Select(static (pair, cancellationToken) => PipelineValue.Of(DefinitionParser.ParseAll(pair.Left, pair.Right.Value, cancellationToken)))
            .WithTrackingName(TrackingNames.ProjectDefinitions)
            .SelectMany(static (all, _) => all.Value)
            .WithTrackingName(TrackingNames.Definitions);

        var emitted = definitions
            .Select(static (definition, _) => definition.Artifacts)
            .Where(static artifacts => artifacts is not null)
            .WithTrackingName(TrackingNames.Artifacts)
            .Combine(form)
            .Where(static pair => pair.Right.Writes)
            .Select(static (pair, _) => ArtifactsEmitter.Emit(pair.Left!, pair.Right))
            .WithTrackingName(TrackingNames.EmittedArtifacts);

        // Only the changed definitions were written above; here they are laid out in files (ArtifactFiles: at most 64).
        var files = emitted
            .Collect()
            .SelectMany(static (sources, _) => ArtifactFiles.Of(sources))
            .WithTrackingName(TrackingNames.ArtifactFiles);
        context.RegisterSourceOutput(files, static (output, file) => output.AddSource(file.HintName, file.Text()));

        var diagnostics = definitions
            .Select(static (definition, _) => PipelineValue.Of(definition.Diagnostics))
            .WithTrackingName(TrackingNames.Diagnostics);

        // Reported at their place in the current compilation's trees, so #pragma and [SuppressMessage] apply to them;
        // only the definitions that have diagnostics meet the compilation, the rest stay cached.
        context.RegisterSourceOutput(diagnostics.Where(static d => d.Value.Count > 0).Combine(context.CompilationProvider), Report);

        // Names and file names must be unique across the kinds: all artifacts land in one folder.
        var duplicates = definitions
            .Select(static (definition, _) => DefinitionIdentity.Of(definition))
            .WithTrackingName(TrackingNames.Identities)
            .Collect()
            .Select(static (identities, _) => PipelineValue.Of(DefinitionIdentity.Duplicates(identities)))
            .WithTrackingName(TrackingNames.DuplicateDiagnostics);
        context.RegisterSourceOutput(duplicates.Combine(context.CompilationProvider), Report);
    }

    private static void Report(SourceProductionContext output, (PipelineValue<EquatableArray<DiagnosticInfo>> Diagnostics, Compilation Compilation) input)
    {
        if (input.Diagnostics.Value.Count == 0)
        {
            return;
        }

        var locations = SourceLocations.For(input.Compilation);
        foreach (var diagnostic in input.Diagnostics.Value)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic(locations));
        }
    }
}
