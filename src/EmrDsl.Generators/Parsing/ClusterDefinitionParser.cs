using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EmrDsl.Emit.Terraform;
using EmrDsl.Generators.Evaluation;
using EmrDsl.Generators.Specs;
using EmrDsl.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Generators.Parsing;

/// <summary>
/// Turns one <c>[EmrCluster]</c> member into a <see cref="ClusterDefinition"/>: checks where the attribute
/// is, evaluates the definition and collects its artifacts, source map and diagnostics. Never throws: an
/// unexpected failure becomes EMRG008 so one bad definition cannot break the build of the others.
/// </summary>
internal static class ClusterDefinitionParser
{
    public static ClusterDefinition Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var member = context.TargetSymbol;
        var location = DefinitionEvaluator.Location(member, context.TargetNode);
        var definition = new ClusterDefinition(
            member.GetDocumentationCommentId() ?? member.ToDisplayString(),
            DefinitionEvaluator.DisplayName(member),
            location,
            ClusterName: null,
            FileName: null,
            Artifacts: null,
            SourceMap: null,
            EquatableArray<DiagnosticInfo>.Empty);

        using var culture = InvariantCultureScope.Enter();
        try
        {
            return Parse(definition, member, context, cancellationToken);
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

    private static ClusterDefinition Parse(ClusterDefinition definition, ISymbol member, GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (IsDeclaredTwice(member))
        {
            // CS0102/CS0111, reported by the compiler; both copies would claim the same generated file.
            return definition;
        }

        var evaluation = DefinitionEvaluator.Evaluate(member, context.TargetNode, context.SemanticModel.Compilation, cancellationToken);
        if (evaluation.Failure is { Descriptor.Id: var id } targetProblem && id == DiagnosticDescriptors.UnsupportedTarget.Id)
        {
            return definition with { Diagnostics = EquatableArray.Create(targetProblem) };
        }

        var diagnostics = new List<DiagnosticInfo>();
        var containingTypes = DefinitionTargets.ContainingTypes(member);
        foreach (var type in containingTypes.Where(t => !IsPartial(t, cancellationToken)))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ContainingTypeNotPartial, LocationInfo.From(type.Locations.FirstOrDefault()) ?? definition.Location, type.Name, member.Name));
        }

        var chosenFileName = ChosenFileName(context);
        if (chosenFileName is not null && FileNames.Problem(chosenFileName) is { } fileNameProblem)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidFileName, LocationInfo.From(context.Attributes[0].ApplicationSyntaxReference?.GetSyntax(cancellationToken)), chosenFileName, definition.Name, fileNameProblem));
        }

        if (evaluation is not { Cluster: { } cluster, SourceMap: { } sourceMap })
        {
            if (evaluation.Failure is { } failure)
            {
                diagnostics.Insert(0, failure);
            }

            return definition with { Diagnostics = diagnostics.ToEquatableArray() };
        }

        var fileName = chosenFileName ?? DefaultFileName(cluster, member);
        definition = definition with
        {
            ClusterName = cluster.Spec.Name,
            FileName = fileName,
            SourceMap = sourceMap,
            Diagnostics = diagnostics.ToEquatableArray(),
        };
        if (diagnostics.Count > 0)
        {
            return definition;
        }

        EquatableArray<NamedArtifact> artifacts;
        var skipped = new List<TerraformConversionException>();
        try
        {
            artifacts = ArtifactCatalog.For(cluster, fileName, ChosenJobFlowId(context), skipped);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return definition with { Diagnostics = EquatableArray.Create(DiagnosticInfo.Create(DiagnosticDescriptors.DslRejectedArgument, definition.Location, $"'{definition.Name}'", e.Message)) };
        }

        return definition with
        {
            Diagnostics = skipped
                .Select(e => DiagnosticInfo.Create(DiagnosticDescriptors.TerraformNotWritten, definition.SourceMap!.Resolve(e.Path), definition.Name, e.Message))
                .ToEquatableArray(),
            Artifacts = new ArtifactsSpec(
                HintName(member),
                member.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty,
                containingTypes.Select(t => new TypeDeclarationSpec(Keyword(t), t.Name)).ToEquatableArray(),
                member.Name,
                artifacts,
                UseRawStringLiterals: false),
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

    private static string? ChosenFileName(GeneratorAttributeSyntaxContext context) => NamedArgument(context, nameof(EmrClusterAttribute.FileName));

    private static string ChosenJobFlowId(GeneratorAttributeSyntaxContext context) =>
        NamedArgument(context, nameof(EmrClusterAttribute.JobFlowId)) ?? EmrClusterAttribute.DefaultJobFlowId;

    private static string? NamedArgument(GeneratorAttributeSyntaxContext context, string name) =>
        context.Attributes[0].NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;

    private static string DefaultFileName(Cluster cluster, ISymbol member) =>
        cluster.Spec.Name is { } name && FileNames.Derive(name) is { Length: > 0 } derived ? derived : FileNames.Derive(member.Name);

    /// <summary><c>Acme.Data.Pipelines.NightlyEtl.EmrArtifacts.g.cs</c>: unique, since member names are unique within a type.</summary>
    private static string HintName(ISymbol member) =>
        member.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted))
        + "." + member.Name + ".EmrArtifacts.g.cs";
}
