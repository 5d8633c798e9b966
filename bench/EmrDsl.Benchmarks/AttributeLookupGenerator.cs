using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Benchmarks;

/// <summary>
/// The attribute-lookup floor issue 20 measures the generator against: a generator that finds the same
/// <c>[EmrCluster]</c> members with <c>ForAttributeWithMetadataName</c> and does nothing with them. After any edit
/// Roslyn binds every attributed member's symbol and attributes in the new compilation before it calls the transform,
/// so this is what an unrelated edit costs any generator built on that lookup. EmrDsl finds its definitions by syntax
/// instead (MarkerSyntax), so it can run below this floor.
/// </summary>
internal sealed class AttributeLookupGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.ForAttributeWithMetadataName(
            "EmrDsl.EmrClusterAttribute",
            static (node, _) => node is PropertyDeclarationSyntax or VariableDeclaratorSyntax or MethodDeclarationSyntax,
            static (attributed, _) => attributed.TargetSymbol.Name);
        context.RegisterSourceOutput(names, static (_, _) => { });
    }
}
