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
    public static Definition Parse(GeneratorAttributeSyntaxContext context, DefinitionKind kind, CancellationToken cancellationToken)
    {
        // First, so that an edit elsewhere costs an unaffected definition this lookup and nothing else.
        var key = new DefinitionCache.Key(context.TargetNode, kind, ChosenFileName(context), ChosenOptions(context));
        var compilation = context.SemanticModel.Compilation;
        if (DefinitionCache.Find(key, compilation) is { } cached)
        {
            return cached;
        }

        var member = context.TargetSymbol;
        var location = DefinitionEvaluator.Location(member, context.TargetNode);
        var definition = new Definition(
            member.GetDocumentationCommentId() ?? member.ToDisplayString(),
            DefinitionEvaluator.DisplayName(member),
            location,
            Resource: null,
            FileName: null,
            Artifacts: null,
            SourceMap: null,
            EquatableArray<DiagnosticInfo>.Empty);

        using var culture = InvariantCultureScope.Enter();
        try
        {
            return ParseAndRemember(definition, member, context, kind, key, compilation, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return definition with
            {
                Diagnostics = EquatableArray.Create(DiagnosticInfo.Create(
                    DiagnosticDescriptors.GeneratorFailure, location, definition.Name, $"{e.GetType().Name}: {e.Message}")),
            };
        }
    }

    /// <summary>Evaluates the definition, builds its result and keeps it in <see cref="DefinitionCache"/> when it evaluated.</summary>
    private static Definition ParseAndRemember(Definition definition, ISymbol member, GeneratorAttributeSyntaxContext context, DefinitionKind kind, DefinitionCache.Key key, Compilation compilation, CancellationToken cancellationToken)
    {
        if (IsDeclaredTwice(member))
        {
            // CS0102/CS0111, reported by the compiler; both copies would claim the same generated file.
            return definition;
        }

        var evaluation = DefinitionEvaluator.Evaluate(member, context.TargetNode, kind, compilation, cancellationToken);
        var stateMachine = evaluation.Value is null
            ? StateMachineOptionsReader.Outcome.Defaults
            : StateMachineOptionsReader.Read(member, key.Options.StateMachineOptions, context, kind, compilation, cancellationToken);
        var result = FromEvaluation(definition, member, context, kind, evaluation, key.Options with { StateMachine = stateMachine.Options }, stateMachine.Problem, cancellationToken);
        if (evaluation.Value is not null)
        {
            var containingTypes = DefinitionTargets.ContainingTypes(member).SelectMany(type => type.DeclaringSyntaxReferences, (_, reference) => reference.SyntaxTree);
            DefinitionCache.Store(key, compilation, evaluation.Dependencies.Concat(containingTypes).Concat(stateMachine.Dependencies), result);
        }

        return result;
    }

    /// <summary>The definition's artifacts and diagnostics, given what its evaluation gave.</summary>
    private static Definition FromEvaluation(Definition definition, ISymbol member, GeneratorAttributeSyntaxContext context, DefinitionKind kind, DefinitionEvaluation evaluation, ArtifactOptions options, DiagnosticInfo? stateMachineProblem, CancellationToken cancellationToken)
    {
        if (evaluation.Failure is { Descriptor.Id: var id } targetProblem && id == DiagnosticDescriptors.UnsupportedTarget.Id)
        {
            return definition with { Diagnostics = EquatableArray.Create(targetProblem) };
        }

        var diagnostics = new List<DiagnosticInfo>();
        var containingTypes = DefinitionTargets.ContainingTypes(member);
        foreach (var type in containingTypes.Where(t => !IsPartial(t, cancellationToken)))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ContainingTypeNotPartial, LocationInfo.From(type.Locations.FirstOrDefault()) ?? definition.Location, type.Name, member.Name, kind.AttributeName));
        }

        var chosenFileName = ChosenFileName(context);
        if (chosenFileName is not null && FileNames.Problem(chosenFileName) is { } fileNameProblem)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidFileName, LocationInfo.From(context.Attributes[0].ApplicationSyntaxReference?.GetSyntax(cancellationToken)), chosenFileName, definition.Name, fileNameProblem, kind.AttributeName));
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

        EquatableArray<NamedArtifact> artifacts;
        EquatableArray<OptionalArtifactSpec> optional;
        var skipped = new List<TerraformConversionException>();
        try
        {
            artifacts = ArtifactCatalog.For(value, resource, fileName, options, skipped);
            optional = OptionalArtifactParser.For(value, definition, resource, sourceMap, context, kind, options, stateMachineProblem, cancellationToken);
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
                .ToEquatableArray(),
            Optional = optional,
            Artifacts = new ArtifactsSpec(
                HintName(member),
                member.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty,
                containingTypes.Select(t => new TypeDeclarationSpec(Keyword(t), t.Name)).ToEquatableArray(),
                member.Name,
                kind.AttributeName,
                artifacts,
                Form: default),
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

    private static string? ChosenFileName(GeneratorAttributeSyntaxContext context) => NamedArgument(context, nameof(EmrClusterAttribute.FileName));

    private static ArtifactOptions ChosenOptions(GeneratorAttributeSyntaxContext context) =>
        new(ChosenJobFlowId(context), new TerraformOptions
        {
            IgnoreChanges = (TerraformDrift)NamedInt(context, nameof(EmrClusterAttribute.TerraformIgnoreChanges)),
            TrackChanges = (TerraformDrift)NamedInt(context, nameof(EmrClusterAttribute.TerraformTrackChanges)),
            RequiredProviders = context.Attributes[0].NamedArguments.FirstOrDefault(a => a.Key == nameof(EmrClusterAttribute.TerraformRequiredProviders)).Value.Value is true,
            LeaveOut = (TerraformOmissions)NamedInt(context, nameof(EmrClusterAttribute.TerraformLeaveOut)),
        },
        OptedIn: NamedSwitches(context, on: true),
        OptedOut: NamedSwitches(context, on: false),
        StateMachineOptions: NamedArgument(context, nameof(EmrClusterAttribute.StateMachineOptions)));

    /// <summary>
    /// The optional artifacts the attribute names with <paramref name="on"/>. An attribute's bool cannot be unset, so whether
    /// the argument is written at all tells "leave it to the project" apart from false.
    /// </summary>
    private static EquatableArray<string> NamedSwitches(GeneratorAttributeSyntaxContext context, bool on) =>
        context.Attributes[0].NamedArguments
            .Where(a => a.Value.Value is bool value && value == on && OptionalArtifacts.All.Any(o => o.Switch == a.Key))
            .Select(a => a.Key)
            .ToEquatableArray();

    private static int NamedInt(GeneratorAttributeSyntaxContext context, string name) =>
        context.Attributes[0].NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value is int value ? value : 0;

    private static string ChosenJobFlowId(GeneratorAttributeSyntaxContext context) =>
        NamedArgument(context, nameof(EmrClusterAttribute.JobFlowId)) ?? EmrClusterAttribute.DefaultJobFlowId;

    private static string? NamedArgument(GeneratorAttributeSyntaxContext context, string name) =>
        context.Attributes[0].NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;

    private static string DefaultFileName(DefinitionResource resource, ISymbol member) =>
        resource.Name is { } name && FileNames.Derive(name) is { Length: > 0 } derived ? derived : FileNames.Derive(member.Name);

    /// <summary><c>Acme.Data.Pipelines.NightlyEtl.EmrArtifacts.g.cs</c>: unique, since member names are unique within a type.</summary>
    private static string HintName(ISymbol member) =>
        member.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted))
        + "." + member.Name + ArtifactsEmitter.HintNameSuffix;
}
