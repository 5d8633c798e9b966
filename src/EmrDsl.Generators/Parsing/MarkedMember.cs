using System.Collections.Generic;
using System.Threading;
using EmrDsl.Generators.Evaluation;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Parsing;

/// <summary>A member carrying one of the markers, as the parser needs it.</summary>
/// <param name="Node">The member's declaration (a property, method or field variable).</param>
/// <param name="Symbol">The member.</param>
/// <param name="Marker">The marker attribute as applied to the member.</param>
/// <param name="Kind">Which marker it is.</param>
/// <param name="Compilation">The compilation the member is analyzed in.</param>
internal readonly record struct MarkedMember(SyntaxNode Node, ISymbol Symbol, AttributeData Marker, DefinitionKind Kind, Compilation Compilation)
{
    /// <summary>
    /// The markers <paramref name="declaration"/> (a candidate of <see cref="MarkerSyntax"/>) really carries, in the order
    /// written, recognized by attribute class (<see cref="DefinitionKind.MarkedBy"/>): none when its attributes only
    /// look like them.
    /// </summary>
    public static List<MarkedMember> Of(SyntaxNode declaration, Compilation compilation, CancellationToken cancellationToken)
    {
        var members = new List<MarkedMember>();
        if (SemanticModels.For(compilation, declaration.SyntaxTree).GetDeclaredSymbol(declaration, cancellationToken) is not { } symbol)
        {
            return members;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { } type && DefinitionKind.MarkedBy(type) is { } kind)
            {
                members.Add(new MarkedMember(declaration, symbol, attribute, kind, compilation));
            }
        }

        return members;
    }
}
