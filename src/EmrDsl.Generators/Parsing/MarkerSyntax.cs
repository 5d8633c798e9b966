using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Generators.Evaluation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Generators.Parsing;

/// <summary>
/// Finds the members that may carry a marker by their syntax alone: properties, methods and field variables with an
/// attribute named like a marker (<c>EmrCluster</c>, <c>EmrDsl.EmrClusterAttribute</c>) or like a using alias of one.
/// <para>
/// Why not <c>ForAttributeWithMetadataName</c>: after every edit it binds every candidate's symbol and attributes in
/// the new compilation before a transform can tell that nothing changed, about 40 µs per definition (bench/README.md,
/// "Finding the definitions"). Finding them by syntax is kept per file and costs an unchanged file nothing; whether the
/// attribute really is EmrDsl's is decided once, when the member is parsed, and kept with its result
/// (<see cref="DefinitionCache"/>), which an added type, alias or global using of the same name invalidates
/// (<see cref="CompilationFacts"/>).
/// </para>
/// </summary>
internal static class MarkerSyntax
{
    /// <summary>The markers' class names: <c>EmrClusterAttribute</c>, ...</summary>
    private static readonly HashSet<string> MarkerClassNames = new(DefinitionKind.All.Select(kind => kind.AttributeName + nameof(Attribute)), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="directive"/> is a <c>global using</c> alias of a marker (<c>global using Batch = EmrDsl.EmrClusterAttribute;</c>).</summary>
    public static bool IsGlobalMarkerAlias(SyntaxNode directive) =>
        directive is UsingDirectiveSyntax { Alias: not null } alias && alias.GlobalKeyword.Span.Length > 0 && AliasesMarker(alias);

    /// <summary>The alias <paramref name="directive"/> declares.</summary>
    public static string AliasName(SyntaxNode directive) => ((UsingDirectiveSyntax)directive).Alias!.Name.Identifier.ValueText;

    /// <summary>The members of <paramref name="root"/> that may carry a marker, in source order.</summary>
    /// <param name="globalAliases">The project's <c>global using</c> aliases of markers, which any file may use.</param>
    public static IEnumerable<SyntaxNode> Candidates(SyntaxNode root, IReadOnlyCollection<string> globalAliases)
    {
        var names = new HashSet<string>(MarkerClassNames, StringComparer.Ordinal);
        names.UnionWith(globalAliases);
        names.UnionWith(root.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<UsingDirectiveSyntax>()
            .Where(directive => directive.Alias is not null && AliasesMarker(directive))
            .Select(AliasName));

        return AttributedMembers(root).Where(member => AttributeLists(member).Any(list => list.Attributes.Any(attribute => Names(attribute, names))));
    }

    /// <summary>Properties, methods and field variables with attributes, through namespaces and types (markers go on members of types).</summary>
    private static IEnumerable<SyntaxNode> AttributedMembers(SyntaxNode parent)
    {
        var members = parent switch
        {
            CompilationUnitSyntax unit => unit.Members,
            BaseNamespaceDeclarationSyntax ns => ns.Members,
            TypeDeclarationSyntax type => type.Members,
            _ => default,
        };
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax:
                    foreach (var nested in AttributedMembers(member))
                    {
                        yield return nested;
                    }

                    break;
                case PropertyDeclarationSyntax or MethodDeclarationSyntax when member.AttributeLists.Count > 0:
                    yield return member;
                    break;
                case FieldDeclarationSyntax { AttributeLists.Count: > 0 } field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        yield return variable;
                    }

                    break;
            }
        }
    }

    /// <summary>A field variable's attributes are on its field declaration.</summary>
    private static SyntaxList<AttributeListSyntax> AttributeLists(SyntaxNode member) =>
        member is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } ? field.AttributeLists : ((MemberDeclarationSyntax)member).AttributeLists;

    /// <summary><c>[X]</c> names class <c>X</c> or <c>XAttribute</c>, and so does an alias named either way.</summary>
    private static bool Names(AttributeSyntax attribute, HashSet<string> names)
    {
        var name = RightmostName(attribute.Name);
        return names.Contains(name) || names.Contains(name + nameof(Attribute));
    }

    private static bool AliasesMarker(UsingDirectiveSyntax directive) =>
        directive.NamespaceOrType is NameSyntax target && MarkerClassNames.Contains(RightmostName(target));

    private static string RightmostName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };
}
