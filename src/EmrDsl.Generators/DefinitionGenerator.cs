using System.Linq;
using EmrDsl.Generators.Emitter;
using EmrDsl.Generators.Evaluation;
using EmrDsl.Generators.Parsing;
using EmrDsl.Generators.Specs;
using EmrDsl.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Generators;

/// <summary>
/// Evaluates every <c>[EmrCluster]</c>, <c>[EmrServerless]</c>, <c>[EmrSteps]</c>, <c>[EmrScaling]</c>, <c>[EmrSecurityConfiguration]</c>,
/// <c>[EmrBlockPublicAccess]</c> and <c>[EmrOnEks]</c> definition at build time and emits its payloads
/// as constants. Each marker feeds the same parse, emit and report steps. Source is produced from location-free
/// specs only, so moving code never regenerates it; diagnostics (which carry locations) are a separate output.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DefinitionGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
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

        var form = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp11 })
            .WithTrackingName(TrackingNames.LanguageVersion)
            .Combine(project)
            .Select(static (pair, _) => new ArtifactsForm(pair.Right.TypedConstants, pair.Left))
            .WithTrackingName(TrackingNames.ArtifactsForm);

        var clusters = Definitions(context, DefinitionKind.Cluster, form, project);
        var serverless = Definitions(context, DefinitionKind.Serverless, form, project);
        var steps = Definitions(context, DefinitionKind.Steps, form, project);
        var scaling = Definitions(context, DefinitionKind.Scaling, form, project);
        var securityConfigurations = Definitions(context, DefinitionKind.SecurityConfiguration, form, project);
        var blockPublicAccess = Definitions(context, DefinitionKind.BlockPublicAccess, form, project);
        var eks = Definitions(context, DefinitionKind.Eks, form, project);

        // Names and file names must be unique across the kinds: all artifacts land in one folder.
        var duplicates = clusters.Collect()
            .Combine(serverless.Collect())
            .Combine(steps.Collect())
            .Combine(scaling.Collect())
            .Combine(securityConfigurations.Collect())
            .Combine(blockPublicAccess.Collect())
            .Combine(eks.Collect())
            .Select(static (pair, _) => DefinitionIdentity.Duplicates(
                pair.Left.Left.Left.Left.Left.Left.AddRange(pair.Left.Left.Left.Left.Left.Right).AddRange(pair.Left.Left.Left.Left.Right)
                    .AddRange(pair.Left.Left.Left.Right).AddRange(pair.Left.Left.Right).AddRange(pair.Left.Right).AddRange(pair.Right)))
            .WithTrackingName(TrackingNames.DuplicateDiagnostics);
        context.RegisterSourceOutput(duplicates.Combine(context.CompilationProvider), Report);
    }

    /// <summary>Parses, emits and reports the definitions marked with <paramref name="kind"/>'s attribute; returns their identities.</summary>
    private static IncrementalValuesProvider<DefinitionIdentity> Definitions(
        IncrementalGeneratorInitializationContext context, DefinitionKind kind, IncrementalValueProvider<ArtifactsForm> form, IncrementalValueProvider<ProjectChoices> project)
    {
        var definitions = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                kind.AttributeMetadataName,
                static (node, _) => node is PropertyDeclarationSyntax or VariableDeclaratorSyntax or MethodDeclarationSyntax,
                (attributed, cancellationToken) => DefinitionParser.Parse(attributed, kind, cancellationToken))
            .WithTrackingName(TrackingNames.Definitions);

        // Each definition carries its optional artifacts already written; the project's choice only picks among them.
        var chosen = definitions
            .Combine(project)
            .Select(static (pair, _) => pair.Left.For(pair.Right))
            .WithTrackingName(TrackingNames.ChosenArtifacts);

        var artifacts = chosen
            .Select(static (definition, _) => definition.Artifacts)
            .Where(static artifacts => artifacts is not null)
            .WithTrackingName(TrackingNames.Artifacts)
            .Combine(form)
            .Select(static (pair, _) => pair.Left!.WithForm(pair.Right))
            .WithTrackingName(TrackingNames.EmittedArtifacts);
        context.RegisterSourceOutput(artifacts, static (output, spec) => output.AddSource(spec.HintName, ArtifactsEmitter.Emit(spec)));

        var diagnostics = chosen
            .Select(static (definition, _) => definition.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        // Reported at their place in the current compilation's trees, so #pragma and [SuppressMessage] apply to them;
        // only the definitions that have diagnostics meet the compilation, the rest stay cached.
        context.RegisterSourceOutput(diagnostics.Where(static d => d.Count > 0).Combine(context.CompilationProvider), Report);

        return definitions
            .Select(static (definition, _) => DefinitionIdentity.Of(definition))
            .WithTrackingName(TrackingNames.Identities);
    }

    private static void Report(SourceProductionContext output, (EquatableArray<DiagnosticInfo> Diagnostics, Compilation Compilation) input)
    {
        if (input.Diagnostics.Count == 0)
        {
            return;
        }

        var locations = SourceLocations.For(input.Compilation);
        foreach (var diagnostic in input.Diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic(locations));
        }
    }
}
