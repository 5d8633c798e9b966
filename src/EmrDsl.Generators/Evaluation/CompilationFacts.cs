using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using EmrDsl.Generators.Caching;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// What every evaluation in a compilation is bound under besides the trees it read: the EmrDsl reference (the DSL's
/// members), the compilation options (checked arithmetic, ...), the names of the types and namespaces declared in
/// the project's own files (a new type can capture a name that unchanged code binds to) and their <c>global using</c>
/// directives (which bring names, and aliases of the markers, into every file). Consecutive compilations with
/// equal facts share one instance, so <see cref="EvaluationCache"/> compares them by reference.
/// <para>
/// Generated files (<see cref="GeneratedFiles"/>) are left out: the analyzers see the compilation with every source
/// generator's output (this generator's artifact classes, the Regex or JSON generators' types), the generator sees it
/// without, and both must find the same cached evaluations. A name a checked-in generated file adds is therefore not
/// noticed until the file or a dependency is edited, like the other rare captures <see cref="EvaluationCache"/> lists.
/// Names are read per file and kept with the tree, so a compilation after an edit reads only the edited file.
/// </para>
/// </summary>
internal sealed class CompilationFacts
{
    private readonly MetadataReference? _dsl;
    private readonly CompilationOptions _options;
    private readonly HashSet<string> _declaredNames = new(StringComparer.Ordinal);

    private CompilationFacts(Compilation compilation)
    {
        _dsl = compilation.References.FirstOrDefault(r => compilation.GetAssemblyOrModuleSymbol(r) is IAssemblySymbol { Name: ClrTypes.DslAssemblyName });
        _options = compilation.Options;
        foreach (var tree in compilation.SyntaxTrees)
        {
            _declaredNames.UnionWith(GeneratorCaches.DeclaredNames.GetValue(tree, DeclaredNames));
        }
    }

    public static CompilationFacts Of(Compilation compilation) =>
        GeneratorCaches.Facts.GetValue(compilation, static c => GeneratorCaches.LatestFacts.Intern(new CompilationFacts(c), static (latest, facts) => latest.SameAs(facts)));

    private bool SameAs(CompilationFacts other) =>
        ReferenceEquals(_dsl, other._dsl) && ReferenceEquals(_options, other._options) && _declaredNames.SetEquals(other._declaredNames);

    /// <summary>
    /// The type (<c>T:</c>) and namespace (<c>N:</c>) names a file declares, nested ones included, and its
    /// <c>global using</c> directives (<c>U:</c>), which every file binds under; none for a generated file.
    /// </summary>
    private static string[] DeclaredNames(SyntaxTree tree)
    {
        if (GeneratedFiles.Is(tree) || tree.GetRoot() is not CompilationUnitSyntax root)
        {
            return Array.Empty<string>();
        }

        var names = root.Usings.Where(directive => directive.GlobalKeyword.Span.Length > 0).Select(directive => "U:" + directive.WithoutTrivia().ToString()).ToList();
        AddNames(root.Members, names);
        return names.ToArray();
    }

    /// <summary>Through namespaces and types only: member bodies cannot declare types.</summary>
    private static void AddNames(SyntaxList<MemberDeclarationSyntax> members, List<string> names)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    names.AddRange(ns.Name.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Select(part => "N:" + part.Identifier.ValueText));
                    AddNames(ns.Members, names);
                    break;
                case TypeDeclarationSyntax type:
                    names.Add("T:" + type.Identifier.ValueText);
                    AddNames(type.Members, names);
                    break;
                case BaseTypeDeclarationSyntax other:
                    names.Add("T:" + other.Identifier.ValueText);
                    break;
                case DelegateDeclarationSyntax @delegate:
                    names.Add("T:" + @delegate.Identifier.ValueText);
                    break;
            }
        }
    }
}
