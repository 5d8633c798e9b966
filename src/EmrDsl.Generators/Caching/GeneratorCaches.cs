using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using EmrDsl.Generators.Analysis;
using EmrDsl.Generators.Evaluation;
using EmrDsl.Generators.Parsing;
using EmrDsl.Generators.Specs;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Caching;

/// <summary>
/// Every piece of state this compiler plug-in keeps beyond one call, in one place; no other static field holds
/// anything computed (<c>CacheOwnershipTests</c>).
/// <para>
/// <b>Lifetime.</b> The plug-in's assembly is loaded once per compiler host (the compiler server, the IDE's Roslyn
/// process, a language server) and shared by the generator and the analyzers, so these caches live as long as that
/// host keeps it. Nothing is cleared by hand: each table is keyed weakly by a compiler object or a DSL value, so an
/// entry lives exactly as long as its key; a value never refers to a compilation other than its key's
/// (<c>CacheLifetimeTests</c>: a dropped compilation is collected while its unchanged trees live on).
/// </para>
/// <para>
/// <b>Invalidation.</b> Per compilation: a new compilation is a new key. Per syntax tree: a result is reused while every
/// tree it read is in the new compilation and the <see cref="CompilationFacts"/> are the same instance
/// (<see cref="SyntaxTreeCache{TKey,TResult}"/>); editing a file makes a new tree. Per symbol: symbols belong to one
/// compilation (or to one metadata reference, reused across compilations while the reference is unchanged). Per spec:
/// specs are immutable.
/// </para>
/// <para>
/// <b>Why each exists.</b> <see cref="All"/> counts hits and misses; <c>bench/run.sh caches</c> prints them for the
/// synthetic projects and bench/README.md gives the numbers that justify each table.
/// </para>
/// </summary>
internal static class GeneratorCaches
{
    /// <summary>Each file's members that may carry a marker, read once per tree (<see cref="MarkerSyntax"/>).</summary>
    public static readonly WeakCache<SyntaxTree, MarkerSyntax.MarkerFile> MarkerFiles = new("marker candidates per file");

    /// <summary>Whole parse results (artifacts, diagnostics) per definition, across compilations (<see cref="DefinitionCache"/>).</summary>
    public static readonly SyntaxTreeCache<(SyntaxNode Declaration, EquatableArray<string> ProjectSwitches), Definition[]> Definitions = new("parse results (DefinitionCache)");

    /// <summary>The definitions of a compilation a second thread parses while the driver asks for them (<see cref="DefinitionPrefetch"/>).</summary>
    public static readonly WeakCache<Compilation, DefinitionPrefetch> Prefetches = new("definitions parsed ahead");

    /// <summary>Evaluated definitions, across compilations, shared by the generator and the analyzers (<see cref="EvaluationCache"/>).</summary>
    public static readonly SyntaxTreeCache<(string Member, DefinitionKind Kind), DefinitionEvaluation> Evaluations = new("evaluations (EvaluationCache)");

    /// <summary>What the evaluations of a compilation are bound under (<see cref="CompilationFacts"/>).</summary>
    public static readonly WeakCache<Compilation, CompilationFacts> Facts = new("compilation facts");

    /// <summary>Consecutive compilations with equal facts share one instance, which the tree caches compare by reference.</summary>
    public static readonly InternSlot<CompilationFacts> LatestFacts = new();

    /// <summary>The type and namespace names each file declares, read once per tree (<see cref="CompilationFacts"/>).</summary>
    public static readonly WeakCache<SyntaxTree, string[]> DeclaredNames = new("declared names per file");

    /// <summary>One semantic model per tree and compilation (<see cref="Evaluation.SemanticModels"/>).</summary>
    public static readonly WeakCache<Compilation, ConcurrentDictionary<SyntaxTree, SemanticModel>> SemanticModels = new("semantic models");

    /// <summary>Shared static members (a base cluster), across compilations while the trees they read are unchanged (<see cref="Evaluation.SharedMembers"/>).</summary>
    public static readonly SyntaxTreeCache<string, MemberValue> SharedMembers = new("shared members");

    /// <summary>Where a compilation's trees are, by path, to report at real source locations (<see cref="Specs.SourceLocations"/>).</summary>
    public static readonly WeakCache<Compilation, SourceLocations> SourceLocations = new("source locations");

    /// <summary>The analyzers' definitions per compilation, each evaluated once however often it is analyzed (<see cref="CompilationDefinitions"/>).</summary>
    public static readonly WeakCache<Compilation, CompilationDefinitions> AnalyzedDefinitions = new("analyzed definitions");

    /// <summary>The rules' findings per evaluated value and rule options, so an unchanged definition is not checked again after an edit (<see cref="EvaluatedDefinition.Check"/>).</summary>
    public static readonly WeakCache<object, ConcurrentDictionary<RuleContext, Finding[]>> RuleFindings = new("rule findings");

    /// <summary>Whether an interpreted body is an iterator (contains <c>yield</c>), per bound body.</summary>
    public static readonly WeakCache<IOperation, object> IteratorBodies = new("iterator bodies");

    /// <summary>The runtime type a type symbol stands for (<see cref="ClrTypes"/>).</summary>
    public static readonly SymbolCache<ITypeSymbol, Type> ClrTypes = new("runtime types");

    /// <summary>The runtime method, constructor, property or field a symbol stands for (<see cref="Reflected"/>).</summary>
    public static readonly SymbolCache<ISymbol, MemberInfo> RuntimeMembers = new("runtime members");

    /// <summary>Generic methods and constructors over the project's types, by symbol and mapped signature (<see cref="Reflected"/>).</summary>
    public static readonly WeakCache<IMethodSymbol, ConcurrentDictionary<MappedSignature, MethodBase?>> MappedMembers = new("runtime members over project types");

    /// <summary>
    /// Each spec instance's wire document, written once (<see cref="RememberingSpecWriter"/>), and each security
    /// configuration's document (<see cref="SpecShapes"/>); specs are immutable.
    /// </summary>
    public static readonly WeakCache<object, JsonObject> SpecDocuments = new("spec documents");

    /// <summary>Every counted cache, for benchmarks and tests.</summary>
    public static IReadOnlyList<CountedCache> All { get; } = new CountedCache[]
    {
        MarkerFiles, Definitions, Prefetches, Evaluations, Facts, DeclaredNames, SemanticModels, SharedMembers, SourceLocations, AnalyzedDefinitions, RuleFindings,
        IteratorBodies, ClrTypes, RuntimeMembers, MappedMembers, SpecDocuments,
    };
}
