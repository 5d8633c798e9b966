using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EmrDsl.Emit.Terraform;
using EmrDsl.Generators.Emitter;
using EmrDsl.Generators.Evaluation;
using EmrDsl.Generators.Specs;
using EmrDsl.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Generators.Parsing;

/// <summary>
/// Turns one marked member (<c>[EmrCluster]</c>, <c>[EmrServerless]</c>, <c>[EmrSteps]</c>) into a <see cref="Definition"/>: checks
/// where the attribute is, evaluates the definition and collects its artifacts, source map and diagnostics. Never
/// throws: an unexpected failure becomes EMRG008 so one bad definition cannot break the build of the others.
/// </summary>
internal static class DefinitionParser
{
    /// <summary>One parsed definition, and the trees it was computed from when it may be kept (<see cref="DefinitionCache"/>).</summary>
    internal sealed record Parsed(Definition Definition, IReadOnlyCollection<SyntaxTree>? Dependencies);

    /// <summary>Every definition of <paramref name="compilation"/>, in the order of its files and, within a file, of the source.</summary>
    /// <param name="projectSwitches">The optional artifacts the project asks of every definition (<see cref="ProjectChoices.Enabled"/>).</param>
    public static EquatableArray<Definition> ParseAll(Compilation compilation, EquatableArray<string> projectSwitches, CancellationToken cancellationToken)
    {
        var definitions = new List<Definition>();
        foreach (var declaration in MarkerSyntax.Candidates(compilation))
        {
            cancellationToken.ThrowIfCancellationRequested();
            definitions.AddRange(Parse(declaration, compilation, projectSwitches, cancellationToken));
        }

        return definitions.ToEquatableArray();
    }

    /// <summary>The definitions <paramref name="declaration"/> (a candidate of <see cref="MarkerSyntax"/>) makes, one per marker it carries.</summary>
    public static Definition[] Parse(SyntaxNode declaration, Compilation compilation, EquatableArray<string> projectSwitches, CancellationToken cancellationToken)
    {
        // First, so that an edit elsewhere costs an unaffected definition this lookup and nothing else: not even its attributes are bound.
        if (DefinitionCache.Find(declaration, projectSwitches, compilation) is { } cached)
        {
            return cached;
        }

        var members = MarkedMember.Of(declaration, compilation, cancellationToken);
        var prefetch = DefinitionPrefetch.Of(compilation);
        var parses = members.Select(member => prefetch.Take(member, projectSwitches, cancellationToken)).ToArray();
        var definitions = parses.Select(parse => parse.Definition).ToArray();
        if (parses.All(parse => parse.Dependencies is not null))
        {
            var dependencies = parses.SelectMany(parse => parse.Dependencies!).Concat(members.SelectMany(member => AttributeDependencies.Of(member, cancellationToken)));
            DefinitionCache.Store(declaration, projectSwitches, compilation, dependencies, definitions);
        }

        return definitions;
    }

    /// <summary>Parses a definition (on whichever thread <see cref="DefinitionPrefetch"/> chose).</summary>
    public static Parsed ParseUncached(MarkedMember member, EquatableArray<string> projectSwitches, CancellationToken cancellationToken)
    {
        var location = DefinitionEvaluator.Location(member.Symbol, member.Node);
        var definition = new Definition(
            member.Symbol.GetDocumentationCommentId() ?? member.Symbol.ToDisplayString(),
            DefinitionEvaluator.DisplayName(member.Symbol),
            location,
            Resource: null,
            FileName: null,
            Artifacts: null,
            SourceMap: null,
            EquatableArray<DiagnosticInfo>.Empty);

        using var culture = InvariantCultureScope.Enter();
        try
        {
            return ParseEvaluated(definition, member, projectSwitches, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return new Parsed(
                definition with
                {
                    Diagnostics = EquatableArray.Create(DiagnosticInfo.Create(
                        DiagnosticDescriptors.GeneratorFailure, location, definition.Name, $"{e.GetType().Name}: {e.Message}")),
                },
                Dependencies: null);
        }
    }

    /// <summary>Evaluates the definition and builds its result, with the trees it read when it evaluated (only then is it kept).</summary>
    private static Parsed ParseEvaluated(Definition definition, MarkedMember marked, EquatableArray<string> projectSwitches, CancellationToken cancellationToken)
    {
        var (member, kind, compilation) = (marked.Symbol, marked.Kind, marked.Compilation);
        if (IsDeclaredTwice(member))
        {
            // CS0102/CS0111, reported by the compiler; both copies would claim the same generated file.
            return new Parsed(definition, Dependencies: null);
        }

        var options = ChosenOptions(marked) with { ProjectSwitches = projectSwitches };
        var evaluation = DefinitionEvaluator.Evaluate(member, marked.Node, kind, compilation, cancellationToken);
        var stateMachine = evaluation.Value is null
            ? StateMachineOptionsReader.Outcome.Defaults
            : StateMachineOptionsReader.Read(marked, options.StateMachineOptions, cancellationToken);
        var result = FromEvaluation(definition, marked, evaluation, options with { StateMachine = stateMachine.Options }, stateMachine.Problem, cancellationToken);
        if (evaluation.Value is null)
        {
            return new Parsed(result, Dependencies: null);
        }

        var containingTypes = DefinitionTargets.ContainingTypes(member).SelectMany(type => type.DeclaringSyntaxReferences, (_, reference) => reference.SyntaxTree);
        return new Parsed(result, evaluation.Dependencies.Concat(containingTypes).Concat(stateMachine.Dependencies).ToArray());
    }

    /// <summary>The definition's artifacts and diagnostics, given what its evaluation gave.</summary>
    private static Definition FromEvaluation(Definition definition, MarkedMember marked, DefinitionEvaluation evaluation, ArtifactOptions options, DiagnosticInfo? stateMachineProblem, CancellationToken cancellationToken)
    {
        if (evaluation.Failure is { Descriptor.Id: var id } targetProblem && id == DiagnosticDescriptors.UnsupportedTarget.Id)
        {
            return definition with { Diagnostics = EquatableArray.Create(targetProblem) };
        }

        var (member, kind) = (marked.Symbol, marked.Kind);

        var diagnostics = new List<DiagnosticInfo>();
        var containingTypes = DefinitionTargets.ContainingTypes(member);
        foreach (var type in containingTypes.Where(t => !IsPartial(t, cancellationToken)))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ContainingTypeNotPartial, LocationInfo.From(type.Locations.FirstOrDefault()) ?? definition.Location, type.Name, member.Name, kind.AttributeName));
        }

        var chosenFileName = ChosenFileName(marked);
        if (chosenFileName is not null && FileNames.Problem(chosenFileName) is { } fileNameProblem)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidFileName, LocationInfo.From(marked.Marker.ApplicationSyntaxReference?.GetSyntax(cancellationToken)), chosenFileName, definition.Name, fileNameProblem, kind.AttributeName));
        }

        if (evaluation is not { Value: { } value, SourceMap: { } sourceMap })
        {
            if (evaluation.Failure is { } failure)
            {
                diagnostics.Insert(0, failure);
            }

            return definition with { Diagnostics = diagnostics.ToEquatableArray() };
        }

        var resource = DefinitionResource.Of(value);
        var fileName = chosenFileName ?? DefaultFileName(resource, member);
        definition = definition with
        {
            Resource = resource,
            FileName = fileName,
            SourceMap = sourceMap,
            Diagnostics = diagnostics.ToEquatableArray(),
        };
        if (diagnostics.Count > 0)
        {
            return definition;
        }

        var artifacts = new List<NamedArtifact>();
        var notWritten = new List<DiagnosticInfo>();
        var skipped = new List<TerraformConversionException>();
        try
        {
            artifacts.AddRange(ArtifactCatalog.For(value, resource, fileName, options, skipped));
            OptionalArtifactParser.Add(value, definition, resource, sourceMap, marked, options, stateMachineProblem, artifacts, notWritten, cancellationToken);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return definition with { Diagnostics = EquatableArray.Create(DiagnosticInfo.Create(DiagnosticDescriptors.DslRejectedArgument, definition.Location, $"'{definition.Name}'", e.Message)) };
        }

        return definition with
        {
            Diagnostics = skipped
                .Select(e => DiagnosticInfo.Create(DiagnosticDescriptors.TerraformNotWritten, sourceMap.Resolve(e.Path), definition.Name, e.Message.TrimEnd('.'), resource.Request))
                .Concat(LeftOutOfTerraform(value, options, skipped).Select(path => DiagnosticInfo.Create(DiagnosticDescriptors.TerraformLeftOut, sourceMap.Resolve(path), definition.Name, path)))
                .Concat(notWritten)
                .ToEquatableArray(),
            Artifacts = new ArtifactsSpec(
                HintName(member),
                member.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty,
                containingTypes.Select(t => new TypeDeclarationSpec(Keyword(t), t.Name)).ToEquatableArray(),
                member.Name,
                kind.AttributeName,
                artifacts.ToEquatableArray()),
        };
    }

    /// <summary>Another member of the same type with the same name and no parameters (an overload with parameters is legal).</summary>
    private static bool IsDeclaredTwice(ISymbol member) =>
        member.ContainingType.GetMembers(member.Name).Any(other =>
            !SymbolEqualityComparer.Default.Equals(other, member) && !(member is IMethodSymbol && other is IMethodSymbol { Parameters.Length: > 0 }));

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
    {
        (true, TypeKind.Struct) => "record struct",
        (true, _) => "record",
        (_, TypeKind.Struct) => "struct",
        (_, TypeKind.Interface) => "interface",
        _ => "class",
    };

    /// <summary>What a cluster's written Terraform leaves out by the definition's choice (none when it was not written).</summary>
    private static IReadOnlyList<string> LeftOutOfTerraform(object value, ArtifactOptions options, List<TerraformConversionException> skipped) =>
        value is Cluster cluster && skipped.Count == 0 ? TerraformJson.LeftOut(cluster.Spec, options.Terraform) : Array.Empty<string>();

    private static string? ChosenFileName(MarkedMember member) => NamedArgument(member, nameof(EmrClusterAttribute.FileName));

    private static ArtifactOptions ChosenOptions(MarkedMember member) =>
        new(ChosenJobFlowId(member), new TerraformOptions
        {
            IgnoreChanges = (TerraformDrift)NamedInt(member, nameof(EmrClusterAttribute.TerraformIgnoreChanges)),
            TrackChanges = (TerraformDrift)NamedInt(member, nameof(EmrClusterAttribute.TerraformTrackChanges)),
            RequiredProviders = member.Marker.NamedArguments.FirstOrDefault(a => a.Key == nameof(EmrClusterAttribute.TerraformRequiredProviders)).Value.Value is true,
            LeaveOut = (TerraformOmissions)NamedInt(member, nameof(EmrClusterAttribute.TerraformLeaveOut)),
        },
        OptedIn: NamedSwitches(member, on: true),
        OptedOut: NamedSwitches(member, on: false),
        StateMachineOptions: NamedArgument(member, nameof(EmrClusterAttribute.StateMachineOptions)));

    /// <summary>
    /// The optional artifacts the attribute names with <paramref name="on"/>. An attribute's bool cannot be unset, so whether
    /// the argument is written at all tells "leave it to the project" apart from false.
    /// </summary>
    private static EquatableArray<string> NamedSwitches(MarkedMember member, bool on) =>
        member.Marker.NamedArguments
            .Where(a => a.Value.Value is bool value && value == on && OptionalArtifacts.All.Any(o => o.Switch == a.Key))
            .Select(a => a.Key)
            .ToEquatableArray();

    private static int NamedInt(MarkedMember member, string name) =>
        member.Marker.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value is int value ? value : 0;

    private static string ChosenJobFlowId(MarkedMember member) =>
        NamedArgument(member, nameof(EmrClusterAttribute.JobFlowId)) ?? EmrClusterAttribute.DefaultJobFlowId;

    private static string? NamedArgument(MarkedMember member, string name) =>
        member.Marker.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;

    private static string DefaultFileName(DefinitionResource resource, ISymbol member) =>
        resource.Name is { } name && FileNames.Derive(name) is { Length: > 0 } derived ? derived : FileNames.Derive(member.Name);

    /// <summary><c>Acme.Data.Pipelines.NightlyEtl.EmrArtifacts.g.cs</c>: unique, since member names are unique within a type.</summary>
    private static string HintName(ISymbol member) =>
        member.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted))
        + "." + member.Name + ArtifactsEmitter.HintNameSuffix;
}
