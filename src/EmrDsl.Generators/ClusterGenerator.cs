using System.Linq;
using EmrDsl.Generators.Emitter;
using EmrDsl.Generators.Parsing;
using EmrDsl.Generators.Specs;
using EmrDsl.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Generators;

/// <summary>
/// Evaluates every <c>[EmrCluster]</c> definition at build time and emits its payloads as constants.
/// Source is produced from location-free specs only, so moving code never regenerates it; diagnostics
/// (which carry locations) are a separate output of the same pipeline.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ClusterGenerator : IIncrementalGenerator
{
    public const string AttributeMetadataName = "EmrDsl.EmrClusterAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var definitions = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeMetadataName,
                static (node, _) => node is PropertyDeclarationSyntax or VariableDeclaratorSyntax or MethodDeclarationSyntax,
                static (attributed, cancellationToken) => ClusterDefinitionParser.Parse(attributed, cancellationToken))
            .WithTrackingName(TrackingNames.Definitions);

        var rawStringLiterals = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp11 })
            .WithTrackingName(TrackingNames.LanguageVersion);

        var artifacts = definitions
            .Select(static (definition, _) => definition.Artifacts)
            .Where(static artifacts => artifacts is not null)
            .WithTrackingName(TrackingNames.Artifacts)
            .Combine(rawStringLiterals)
            .Select(static (pair, _) => pair.Left!.WithRawStringLiterals(pair.Right))
            .WithTrackingName(TrackingNames.EmittedArtifacts);
        context.RegisterSourceOutput(artifacts, static (output, spec) => output.AddSource(spec.HintName, ArtifactsEmitter.Emit(spec)));

        var diagnostics = definitions
            .Select(static (definition, _) => definition.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, Report);

        var duplicates = definitions
            .Select(static (definition, _) => DefinitionIdentity.Of(definition))
            .WithTrackingName(TrackingNames.Identities)
            .Collect()
            .Select(static (identities, _) => DefinitionIdentity.Duplicates(identities))
            .WithTrackingName(TrackingNames.DuplicateDiagnostics);
        context.RegisterSourceOutput(duplicates, Report);
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
