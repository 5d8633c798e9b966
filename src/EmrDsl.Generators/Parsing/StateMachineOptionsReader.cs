using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EmrDsl.Emit.StepFunctions;
using EmrDsl.Generators.Evaluation;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Parsing;

/// <summary>
/// The <see cref="StepFunctionsOptions"/> a definition's state machine is written with: the static member its attribute
/// names (<c>StateMachineOptions = nameof(Retried)</c>), evaluated by the same interpreter as the definition, so the
/// options a program passes to <c>ToStepFunctionsJson(options)</c> at run time give the same state machine at build time.
/// </summary>
internal static class StateMachineOptionsReader
{
    /// <summary>
    /// The options, or why they cannot be used (a diagnostic reported only when a state machine is asked for), and the
    /// trees they were read from, which the definition's cached result then depends on.
    /// </summary>
    public sealed record Outcome(StepFunctionsOptions? Options, DiagnosticInfo? Problem, IReadOnlyCollection<SyntaxTree> Dependencies)
    {
        public static readonly Outcome Defaults = new(Options: null, Problem: null, Array.Empty<SyntaxTree>());
    }

    public static Outcome Read(MarkedMember marked, string? memberName, CancellationToken cancellationToken)
    {
        var (definition, kind, compilation) = (marked.Symbol, marked.Kind, marked.Compilation);
        if (memberName is null)
        {
            return Outcome.Defaults;
        }

        var argument = OptionalArtifactParser.ArgumentLocation(marked, nameof(EmrClusterAttribute.StateMachineOptions), cancellationToken) ?? DefinitionEvaluator.Location(definition, marked.Node);
        var candidates = definition.ContainingType.GetMembers(memberName);
        if (candidates.FirstOrDefault(IsOptionsMember) is not { } member)
        {
            var found = candidates.IsEmpty ? $"'{definition.ContainingType.Name}' has no member named '{memberName}'" : $"'{definition.ContainingType.Name}.{memberName}' is not one";
            return Unusable(argument, definition, kind, $"the StateMachineOptions member must be a static property, field or parameterless method of the same type returning StepFunctionsOptions; {found}");
        }

        if (member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not { } declaration)
        {
            return Unusable(argument, definition, kind, $"the StateMachineOptions member '{memberName}' has no source to evaluate at build time; declare it in this project");
        }

        var evaluator = new OperationEvaluator(compilation, cancellationToken);
        var outcome = Evaluate(evaluator, member, declaration, argument, definition, kind);

        // Whatever the outcome, it was read from these trees: an edit to any of them reads the options again.
        return outcome with { Dependencies = evaluator.Dependencies.Trees.Append(declaration.SyntaxTree).ToArray() };
    }

    private static Outcome Evaluate(OperationEvaluator evaluator, ISymbol member, SyntaxNode declaration, LocationInfo argument, ISymbol definition, DefinitionKind kind)
    {
        try
        {
            return evaluator.EvaluateDefinition(member, declaration) is StepFunctionsOptions options
                ? new Outcome(options.Checked(), Problem: null, Array.Empty<SyntaxTree>())
                : Unusable(argument, definition, kind, $"the StateMachineOptions member '{member.Name}' evaluates to null; return a StepFunctionsOptions");
        }
        catch (EvaluationFailure failure)
        {
            // The evaluation's own diagnostic points into the options' code; code that does not compile has the compiler's.
            return new Outcome(Options: null, failure.Diagnostic, Array.Empty<SyntaxTree>());
        }
        catch (ArgumentException e)
        {
            return Unusable(argument, definition, kind, e.Message.TrimEnd('.'));
        }
    }

    private static bool IsOptionsMember(ISymbol member) =>
        member.IsStatic && member switch
        {
            IPropertySymbol property => property.Parameters.IsEmpty && IsOptions(property.Type),
            IFieldSymbol field => IsOptions(field.Type),
            IMethodSymbol { MethodKind: MethodKind.Ordinary, IsGenericMethod: false } method => method.Parameters.IsEmpty && IsOptions(method.ReturnType),
            _ => false,
        };

    private static bool IsOptions(ITypeSymbol type) => ClrTypes.IsDsl(type) && ClrTypes.Map(type) == typeof(StepFunctionsOptions);

    private static Outcome Unusable(LocationInfo location, ISymbol definition, DefinitionKind kind, string reason) =>
        new(Options: null, DiagnosticInfo.Create(
            DiagnosticDescriptors.OptionalArtifactNotWritten, location, OptionalArtifacts.StepFunctions.Description, $"'{DefinitionEvaluator.DisplayName(definition)}'",
            $"{reason}, or remove StateMachineOptions from its [{kind.AttributeName}] attribute to write the default state machine"), Array.Empty<SyntaxTree>());
}
