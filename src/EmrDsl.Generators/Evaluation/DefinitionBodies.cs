using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Finds the code that produces a member's value — a property's expression body, getter or initializer, a field's
/// initializer, a method's, accessor's or operator's body — as an operation tree.
/// </summary>
internal static class DefinitionBodies
{
    public static IOperation? Find(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        var syntax = member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
        if (syntax is null || !compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return null;
        }

        var model = SemanticModels.For(compilation, syntax.SyntaxTree);
        SyntaxNode? body = syntax switch
        {
            PropertyDeclarationSyntax { ExpressionBody: { } arrow } => arrow,
            PropertyDeclarationSyntax { Initializer: { } initializer } => initializer,
            PropertyDeclarationSyntax { AccessorList: { } accessors } =>
                accessors.Accessors.FirstOrDefault(a => a.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.GetAccessorDeclaration)) is { } getter
                    ? (SyntaxNode?)getter.ExpressionBody ?? getter.Body
                    : null,
            VariableDeclaratorSyntax { Initializer: { } initializer } => initializer,
            BaseMethodDeclarationSyntax method => (SyntaxNode?)method.ExpressionBody ?? method.Body,
            AccessorDeclarationSyntax accessor => (SyntaxNode?)accessor.ExpressionBody ?? accessor.Body,
            ArrowExpressionClauseSyntax arrow => arrow,
            _ => null,
        };

        return body is null ? null : Unwrap(model.GetOperation(body, cancellationToken));
    }

    private static IOperation? Unwrap(IOperation? operation) => operation switch
    {
        ISymbolInitializerOperation initializer => initializer.Value,
        _ => operation,
    };
}
