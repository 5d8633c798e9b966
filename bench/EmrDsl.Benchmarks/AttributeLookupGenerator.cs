using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Benchmarks;

/// <summary>
/// The floor under any ForAttributeWithMetadataName generator: finds the same <c>[EmrCluster]</c> members and does
/// nothing with them. After an edit Roslyn still binds every attributed member's symbol and attributes in the new
/// compilation before calling the transform, so this is what an unrelated edit costs before EmrDsl's own work.
/// </summary>
internal sealed class AttributeLookupGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.ForAttributeWithMetadataName(
            "EmrDsl.EmrClusterAttribute",
            static (node, _) => node is PropertyDeclarationSyntax,
            static (attributed, _) => attributed.TargetSymbol.Name);
        context.RegisterSourceOutput(names, static (_, _) => { });
    }
}
