using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using EmrDsl.Generators.Emitter;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// What every evaluation in a compilation is bound under besides the trees it read: the EmrDsl reference (the DSL's
/// members), the compilation options (checked arithmetic, ...) and the names of the declared types and namespaces
/// (a new type can capture a name that unchanged code binds to). Consecutive compilations with equal facts share
/// one instance, so <see cref="EvaluationCache"/> compares them by reference.
/// </summary>
internal sealed class CompilationFacts
{
    private static readonly ConditionalWeakTable<Compilation, CompilationFacts> ByCompilation = new();
    private static readonly object Gate = new();
    private static CompilationFacts? s_latest;

    private readonly MetadataReference? _dsl;
    private readonly CompilationOptions _options;
    private readonly string[] _declaredNames;

    private CompilationFacts(Compilation compilation)
    {
        _dsl = compilation.References.FirstOrDefault(r => compilation.GetAssemblyOrModuleSymbol(r) is IAssemblySymbol { Name: ClrTypes.DslAssemblyName });
        _options = compilation.Options;
        var generated = GeneratedTypeNames(compilation);
        _declaredNames = compilation.Assembly.TypeNames
            .Where(name => !generated.Contains(name))
            .Select(name => "T:" + name)
            .Concat(compilation.Assembly.NamespaceNames.Select(name => "N:" + name))
            .Distinct(StringComparer.Ordinal) // a partial type is listed once per declaration; the generator adds declarations
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// The artifact classes this generator added (<c>NightlyEtlArtifacts</c>): the analyzers see the compilation with
    /// them, the generator without, and both must find the same cached evaluations. Their containing types are
    /// partial declarations of the user's own types, so they add no name.
    /// </summary>
    private static HashSet<string> GeneratedTypeNames(Compilation compilation)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.FilePath.EndsWith(ArtifactsEmitter.HintNameSuffix, StringComparison.Ordinal) && tree.GetRoot() is CompilationUnitSyntax root)
            {
                AddTypeNames(root.Members, names);
            }
        }

        return names;
    }

    /// <summary>The names of the non-partial types among <paramref name="members"/>, through namespaces and partial types only (no walk of whole trees).</summary>
    private static void AddTypeNames(SyntaxList<MemberDeclarationSyntax> members, HashSet<string> names)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    AddTypeNames(ns.Members, names);
                    break;
                case TypeDeclarationSyntax type when type.Modifiers.Any(SyntaxKind.PartialKeyword):
                    AddTypeNames(type.Members, names);
                    break;
                case TypeDeclarationSyntax type:
                    names.Add(type.Identifier.ValueText);
                    break;
            }
        }
    }

    public static CompilationFacts Of(Compilation compilation) => ByCompilation.GetValue(compilation, Intern);

    private static CompilationFacts Intern(Compilation compilation)
    {
        var facts = new CompilationFacts(compilation);
        lock (Gate)
        {
            if (s_latest is { } latest && latest.SameAs(facts))
            {
                return latest;
            }

            s_latest = facts;
            return facts;
        }
    }

    private bool SameAs(CompilationFacts other) =>
        ReferenceEquals(_dsl, other._dsl) && ReferenceEquals(_options, other._options) && _declaredNames.SequenceEqual(other._declaredNames, StringComparer.Ordinal);
}
