using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EmrDsl.Analyzers.CodeFixes.Editing;

/// <summary>
/// Appends a DSL call where a diagnostic points: right after the DSL call it marks (when that call returns the
/// definition's type, a <c>Cluster</c> unless the fixer says otherwise), or, when it marks the definition's name, at the
/// end of each value the definition returns.
/// </summary>
internal static class ClusterChains
{
    /// <summary>The expressions the call is appended to; empty when the diagnostic is at neither kind of place.</summary>
    public static List<ExpressionSyntax> Targets(SyntaxNode root, SemanticModel model, TextSpan span, CancellationToken cancellationToken, Func<ITypeSymbol?, bool>? isChain = null)
    {
        if (DslCalls.At(root, span) is { } call)
        {
            return (isChain ?? IsCluster)(model.GetTypeInfo(call, cancellationToken).Type) ? new List<ExpressionSyntax> { call } : new List<ExpressionSyntax>();
        }

        return root.FindToken(span.Start).Parent switch
        {
            PropertyDeclarationSyntax property when property.Identifier.Span == span => PropertyValues(property),
            VariableDeclaratorSyntax { Initializer.Value: var value } variable when variable.Identifier.Span == span => new List<ExpressionSyntax> { value },
            MethodDeclarationSyntax method when method.Identifier.Span == span => BodyValues(method.ExpressionBody, method.Body),
            _ => new List<ExpressionSyntax>(),
        };
    }

    /// <summary>
    /// The document with <c>.{name}({argument})</c> appended to each target of the diagnostic at
    /// <paramref name="span"/>; null when it has none.
    /// </summary>
    public static async Task<Document?> AppendAsync(Document document, TextSpan span, string name, Func<SemanticModel, ExpressionSyntax, ExpressionSyntax> argument, CancellationToken cancellationToken, Func<ITypeSymbol?, bool>? isChain = null)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || Targets(root, model, span, cancellationToken, isChain) is not { Count: > 0 } targets)
        {
            return null;
        }

        return document.WithSyntaxRoot(AppendedCalls.Append(root, targets, name, chain => argument(model, chain)));
    }

    private static bool IsCluster(ITypeSymbol? type) =>
        type is { Name: "Cluster", ContainingNamespace: { Name: "EmrDsl", ContainingNamespace.IsGlobalNamespace: true } };

    private static List<ExpressionSyntax> PropertyValues(PropertyDeclarationSyntax property)
    {
        if (property.ExpressionBody is { } arrow)
        {
            return new List<ExpressionSyntax> { arrow.Expression };
        }

        if (property.Initializer is { } initializer)
        {
            return new List<ExpressionSyntax> { initializer.Value };
        }

        var getter = property.AccessorList?.Accessors.FirstOrDefault(a => a.Keyword.ValueText == "get");
        return getter is null ? new List<ExpressionSyntax>() : BodyValues(getter.ExpressionBody, getter.Body);
    }

    /// <summary>The returned values of a body: its arrow expression, or each <c>return</c> outside nested functions.</summary>
    private static List<ExpressionSyntax> BodyValues(ArrowExpressionClauseSyntax? arrow, BlockSyntax? block)
    {
        if (arrow is not null)
        {
            return new List<ExpressionSyntax> { arrow.Expression };
        }

        return block is null
            ? new List<ExpressionSyntax>()
            : block.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                .OfType<ReturnStatementSyntax>()
                .Select(r => r.Expression)
                .OfType<ExpressionSyntax>()
                .ToList();
    }
}
