using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Generators.Caching;
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
/// "Finding the definitions"). Why not a syntax provider per file either: Roslyn's bookkeeping of one pipeline entry
/// per file costs more after an edit than reading every file's candidates from <see cref="GeneratorCaches.MarkerFiles"/>
/// (bench/README.md, "One step over the compilation"). Whether the attribute really is EmrDsl's is decided once, when
/// the member is parsed, and kept with its result (<see cref="DefinitionCache"/>), which an added type, alias or global
/// using of the same name invalidates (<see cref="CompilationFacts"/>).
/// </para>
/// </summary>
internal static class MarkerSyntax
{
    /// <summary>The markers' class names: <c>EmrClusterAttribute</c>, ...</summary>
    private static readonly HashSet<string> MarkerClassNames = new(DefinitionKind.All.Select(kind => kind.AttributeName + nameof(Attribute)), StringComparer.Ordinal);

    /// <summary>The members of <paramref name="compilation"/> that may carry a marker, file by file, in source order within a file.</summary>
    public static IEnumerable<SyntaxNode> Candidates(Compilation compilation)
    {
        var files = compilation.SyntaxTrees.Select(tree => GeneratorCaches.MarkerFiles.GetValue(tree, MarkerFile.Read)).ToArray();

        // A `global using` alias of a marker, in any file, marks members in every file.
        var globalAliases = new HashSet<string>(files.SelectMany(file => file.GlobalAliases), StringComparer.Ordinal);
        return globalAliases.Count == 0 ? files.SelectMany(file => file.Candidates) : files.SelectMany(file => file.CandidatesWith(globalAliases));
    }

    /// <summary>One file's members with attributes, and which of them may carry a marker, read once per syntax tree.</summary>
    internal sealed class MarkerFile
    {
        private readonly AttributedMember[] _members;

        private MarkerFile(string[] globalAliases, AttributedMember[] members)
        {
            GlobalAliases = globalAliases;
            _members = members;
            Candidates = members.Where(member => member.IsCandidate).Select(member => member.Node).ToArray();
        }

        /// <summary>The <c>global using</c> aliases of markers this file declares (<c>global using Batch = EmrDsl.EmrClusterAttribute;</c>).</summary>
        public string[] GlobalAliases { get; }

        /// <summary>The members marked by a marker's name or by an alias declared in this file.</summary>
        public SyntaxNode[] Candidates { get; }

        /// <summary>The candidates, and the members marked by one of the project's <c>global using</c> aliases of markers.</summary>
        public IEnumerable<SyntaxNode> CandidatesWith(HashSet<string> globalAliases) =>
            _members.Where(member => member.IsCandidate || member.AttributeNames.Any(name => Names(name, globalAliases))).Select(member => member.Node);

        public static MarkerFile Read(SyntaxTree tree)
        {
            var root = tree.GetRoot();
            var aliases = root.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<UsingDirectiveSyntax>()
                .Where(directive => directive.Alias is not null && AliasesMarker(directive))
                .ToList();
            var names = new HashSet<string>(MarkerClassNames, StringComparer.Ordinal);
            names.UnionWith(aliases.Select(AliasName));

            var members = AttributedMembers(root).Select(member => AttributedMember.Of(member, names)).ToArray();
            var globalAliases = aliases.Where(directive => directive.GlobalKeyword.Span.Length > 0).Select(AliasName).ToArray();
            return new MarkerFile(globalAliases, members);
        }

        /// <param name="IsCandidate">Whether an attribute names a marker or an alias of one declared in the member's file.</param>
        private readonly record struct AttributedMember(SyntaxNode Node, string[] AttributeNames, bool IsCandidate)
        {
            public static AttributedMember Of(SyntaxNode member, HashSet<string> markerNames)
            {
                var attributeNames = AttributeLists(member).SelectMany(list => list.Attributes, (_, attribute) => RightmostName(attribute.Name)).ToArray();
                return new AttributedMember(member, attributeNames, attributeNames.Any(name => Names(name, markerNames)));
            }
        }
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
    private static bool Names(string attributeName, HashSet<string> names) =>
        names.Contains(attributeName) || names.Contains(attributeName + nameof(Attribute));

    private static string AliasName(UsingDirectiveSyntax directive) => directive.Alias!.Name.Identifier.ValueText;

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
