using EmrDsl.Generators.Evaluation;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Parsing;

/// <summary>
/// A member carrying one of the markers, as the parser needs it: what Roslyn's attribute lookup gives a transform, or
/// what <see cref="DefinitionPrefetch"/> finds itself when it parses ahead of the lookup.
/// </summary>
/// <param name="Node">The member's declaration (a property, method or field variable).</param>
/// <param name="Symbol">The member.</param>
/// <param name="Marker">The marker attribute as applied to the member.</param>
/// <param name="Kind">Which marker it is.</param>
/// <param name="Compilation">The compilation the member is analyzed in.</param>
internal readonly record struct MarkedMember(SyntaxNode Node, ISymbol Symbol, AttributeData Marker, DefinitionKind Kind, Compilation Compilation)
{
    public static MarkedMember From(GeneratorAttributeSyntaxContext context, DefinitionKind kind) =>
        new(context.TargetNode, context.TargetSymbol, context.Attributes[0], kind, context.SemanticModel.Compilation);
}
