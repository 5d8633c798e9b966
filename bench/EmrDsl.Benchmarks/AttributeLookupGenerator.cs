using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Benchmarks;

/// <summary>
/// The floor under any ForAttributeWithMetadataName generator: finds the same marked members and does nothing with
/// them. After an edit Roslyn still binds every attributed member's symbol and attributes in the new compilation before
/// calling the transform, so this is what an unrelated edit costs before EmrDsl's own work. By default it looks for
/// <c>[EmrCluster]</c> only (what the synthetic definitions carry); <see cref="AllMarkers"/> looks for each of
/// EmrDsl's markers with a lookup of its own, as the generator does, although only one of them finds anything here.
/// </summary>
internal sealed class AttributeLookupGenerator : IIncrementalGenerator
{
    /// <summary>EmrDsl's seven markers (src/EmrDsl/Dsl/*Attribute.cs), one lookup each in DefinitionGenerator.</summary>
    public static readonly IReadOnlyList<string> AllMarkers = new[]
    {
        "EmrDsl.EmrClusterAttribute", "EmrDsl.EmrServerlessAttribute", "EmrDsl.EmrStepsAttribute", "EmrDsl.EmrScalingAttribute",
        "EmrDsl.EmrSecurityConfigurationAttribute", "EmrDsl.EmrBlockPublicAccessAttribute", "EmrDsl.EmrOnEksAttribute",
    };

    private readonly IReadOnlyList<string> _markers;

    public AttributeLookupGenerator(IReadOnlyList<string>? markers = null) => _markers = markers ?? AllMarkers.Take(1).ToList();

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        foreach (var marker in _markers)
        {
            var names = context.SyntaxProvider.ForAttributeWithMetadataName(
                marker,
                static (node, _) => node is PropertyDeclarationSyntax or VariableDeclaratorSyntax or MethodDeclarationSyntax,
                static (attributed, _) => attributed.TargetSymbol.Name);
            context.RegisterSourceOutput(names, static (_, _) => { });
        }
    }
}
