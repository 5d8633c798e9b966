using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EmrDsl.Generators.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Generators.Parsing;

/// <summary>
/// The files a marker's arguments read besides its own: where the constants they name are declared, and the constants
/// those are computed from (<c>[EmrCluster(FileName = Names.Nightly)]</c> with <c>Names</c> in another file). A
/// cached definition is parsed again when one of them changes, since its options come from those values.
/// </summary>
internal static class AttributeDependencies
{
    public static IEnumerable<SyntaxTree> Of(MarkedMember member, CancellationToken cancellationToken)
    {
        if (member.Marker.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax { ArgumentList: { } arguments })
        {
            return Enumerable.Empty<SyntaxTree>();
        }

        var trees = new HashSet<SyntaxTree>();
        Read(arguments, member.Compilation, trees, new HashSet<ISymbol>(SymbolEqualityComparer.Default), cancellationToken);
        return trees;
    }

    private static void Read(SyntaxNode expression, Compilation compilation, HashSet<SyntaxTree> trees, HashSet<ISymbol> seen, CancellationToken cancellationToken)
    {
        var model = SemanticModels.For(compilation, expression.SyntaxTree);
        foreach (var name in expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (model.GetSymbolInfo(name, cancellationToken).Symbol is not { } symbol || !seen.Add(symbol))
            {
                continue;
            }

            foreach (var reference in symbol.DeclaringSyntaxReferences)
            {
                trees.Add(reference.SyntaxTree);
                var value = reference.GetSyntax(cancellationToken) switch
                {
                    VariableDeclaratorSyntax { Initializer.Value: var initializer } => initializer,
                    EnumMemberDeclarationSyntax { EqualsValue.Value: var enumValue } => enumValue,
                    _ => null,
                };
                if (value is not null)
                {
                    Read(value, compilation, trees, seen, cancellationToken);
                }
            }
        }
    }
}
