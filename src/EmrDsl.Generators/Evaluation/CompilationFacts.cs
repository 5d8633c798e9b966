using System;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

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
        _declaredNames = compilation.Assembly.TypeNames
            .Select(name => "T:" + name)
            .Concat(compilation.Assembly.NamespaceNames.Select(name => "N:" + name))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
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
