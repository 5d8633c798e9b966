using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
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
        var location = LocationInfo.From(member.Locations.FirstOrDefault()) ?? LocationInfo.From(context.TargetNode)!;
        var definition = new ClusterDefinition(
            member.GetDocumentationCommentId() ?? member.ToDisplayString(),
            $"{member.ContainingType?.Name}.{member.Name}",
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
        if (context.TargetNode.ContainsDiagnostics && context.TargetNode.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            // Half-typed code: the compiler reports it; evaluating a recovered tree would emit a guess.
            return definition;
        }

        if (IsDeclaredTwice(member))
        {
            // CS0102/CS0111, reported by the compiler; both copies would claim the same generated file.
            return definition;
        }

        var diagnostics = new List<DiagnosticInfo>();
        if (TargetProblem(member) is { } problem)
        {
            return definition with { Diagnostics = EquatableArray.Create(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedTarget, definition.Location, definition.Name, problem)) };
        }

        var containingTypes = ContainingTypes(member);
        foreach (var type in containingTypes.Where(t => !IsPartial(t, cancellationToken)))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ContainingTypeNotPartial, LocationInfo.From(type.Locations.FirstOrDefault()) ?? definition.Location, type.Name, member.Name));
        }

        var chosenFileName = ChosenFileName(context);
        if (chosenFileName is not null && FileNames.Problem(chosenFileName) is { } fileNameProblem)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidFileName, LocationInfo.From(context.Attributes[0].ApplicationSyntaxReference?.GetSyntax(cancellationToken)), chosenFileName, definition.Name, fileNameProblem));
        }

        var evaluator = new OperationEvaluator(context.SemanticModel.Compilation, cancellationToken);
        Cluster cluster;
        try
        {
            cluster = evaluator.EvaluateDefinition(member, context.TargetNode) as Cluster
                ?? throw new EvaluationFailure(DiagnosticInfo.Create(DiagnosticDescriptors.NotEvaluable, definition.Location, $"'{definition.Name}'", "it evaluates to null; return a Cluster"));
        }
        catch (EvaluationFailure failure)
        {
            if (failure.Diagnostic is { } diagnostic)
            {
                diagnostics.Insert(0, diagnostic);
            }

            return definition with { Diagnostics = diagnostics.ToEquatableArray() };
        }

        var fileName = chosenFileName ?? DefaultFileName(cluster, member);
        definition = definition with
        {
            ClusterName = cluster.Spec.Name,
            FileName = fileName,
            SourceMap = new SourceMap(definition.Location, evaluator.SourceMap.Entries()),
            Diagnostics = diagnostics.ToEquatableArray(),
        };
        if (diagnostics.Count > 0)
        {
            return definition;
        }

        EquatableArray<NamedArtifact> artifacts;
        try
        {
            artifacts = ArtifactCatalog.For(cluster, fileName);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return definition with { Diagnostics = EquatableArray.Create(DiagnosticInfo.Create(DiagnosticDescriptors.DslRejectedArgument, definition.Location, definition.Name, e.Message)) };
        }

        return definition with
        {
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

    private static string? TargetProblem(ISymbol member)
    {
        var (type, isMethodWithParameters, isGeneric) = member switch
        {
            IPropertySymbol property => (property.Type, !property.Parameters.IsEmpty, false),
            IFieldSymbol field => (field.Type, false, false),
            IMethodSymbol method => (method.ReturnType, !method.Parameters.IsEmpty, method.IsGenericMethod),
            _ => (null, false, false),
        };

        if (type is null)
        {
            return "is not a property, field or method";
        }

        if (!member.IsStatic)
        {
            return "is not static";
        }

        if (isMethodWithParameters)
        {
            return "takes parameters";
        }

        if (isGeneric)
        {
            return "is generic";
        }

        if (!(type.Name == nameof(Cluster) && ClrTypes.IsDsl(type)))
        {
            return $"returns '{type.ToDisplayString()}', not EmrDsl.Cluster";
        }

        return ContainingTypes(member).FirstOrDefault(t => t.IsGenericType) is { } generic
            ? $"is declared in the generic type '{generic.Name}'"
            : null;
    }

    /// <summary>The containing types, outermost first.</summary>
    private static List<INamedTypeSymbol> ContainingTypes(ISymbol member)
    {
        var types = new List<INamedTypeSymbol>();
        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            types.Insert(0, type);
        }

        return types;
    }

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

    private static string? ChosenFileName(GeneratorAttributeSyntaxContext context) =>
        context.Attributes[0].NamedArguments.FirstOrDefault(a => a.Key == "FileName").Value.Value as string;

    private static string DefaultFileName(Cluster cluster, ISymbol member) =>
        cluster.Spec.Name is { } name && FileNames.Derive(name) is { Length: > 0 } derived ? derived : FileNames.Derive(member.Name);

    /// <summary><c>Acme.Data.Pipelines.NightlyEtl.EmrArtifacts.g.cs</c>: unique, since member names are unique within a type.</summary>
    private static string HintName(ISymbol member) =>
        member.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted))
        + "." + member.Name + ".EmrArtifacts.g.cs";
}
