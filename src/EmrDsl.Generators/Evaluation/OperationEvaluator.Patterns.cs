using System;
using System.Linq;
using EmrDsl.Generators.Evaluation.Values;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Switch expressions and patterns: constant, type, declaration, relational, property and positional, <c>not</c>,
/// <c>and</c>/<c>or</c> and discards, with the variables they declare.
/// </summary>
internal sealed partial class OperationEvaluator
{
    private object? Switch(ISwitchExpressionOperation @switch, Scope scope)
    {
        var value = Evaluate(@switch.Value, scope);
        foreach (var arm in @switch.Arms)
        {
            var armScope = scope.Child();
            if (Matches(arm.Pattern, value, armScope) && (arm.Guard is null || Condition(arm.Guard, armScope)))
            {
                return Evaluate(arm.Value, armScope);
            }
        }

        throw new EvaluationFailure(DiagnosticInfo.Create(
            DiagnosticDescriptors.DslRejectedArgument, LocationInfo.From(@switch.Syntax), Quote(@switch.Value.Syntax),
            $"no arm of the switch expression matches {Describe(value)}; add an arm for it or a discard arm (_ => ...)"));
    }

    private bool Matches(IPatternOperation pattern, object? value, Scope scope)
    {
        Budget.Step(pattern.Syntax);
        switch (pattern)
        {
            case IDiscardPatternOperation:
                return true;
            case IConstantPatternOperation constant:
                return ValuesEqual(value, Evaluate(constant.Value, scope));
            case IRelationalPatternOperation relational:
                return value is not null && Compare(relational.OperatorKind, value, Evaluate(relational.Value, scope));
            case INegatedPatternOperation negated:
                return !Matches(negated.Pattern, value, scope);
            case IBinaryPatternOperation binary:
                return binary.OperatorKind == BinaryOperatorKind.Or
                    ? Matches(binary.LeftPattern, value, scope) || Matches(binary.RightPattern, value, scope)
                    : Matches(binary.LeftPattern, value, scope) && Matches(binary.RightPattern, value, scope);
            case ITypePatternOperation type:
                return IsOfType(value, type.MatchedType, scope);
            case IDeclarationPatternOperation declaration:
                if (!declaration.MatchesNull && !IsOfType(value, declaration.MatchedType ?? declaration.InputType, scope))
                {
                    return false;
                }

                if (declaration.DeclaredSymbol is { } variable)
                {
                    scope.Declare(variable, value);
                }

                return true;
            case IRecursivePatternOperation recursive:
                return MatchesRecursive(recursive, value, scope);
            default:
                throw Failure(pattern.Syntax, $"{Reasons.Describe(pattern.Kind)} patterns are not evaluated; use constant, type, relational or property patterns");
        }
    }

    private bool MatchesRecursive(IRecursivePatternOperation pattern, object? value, Scope scope)
    {
        if (!IsOfType(value, pattern.MatchedType, scope))
        {
            return false;
        }

        if (!pattern.DeconstructionSubpatterns.IsEmpty)
        {
            var parts = Deconstructed(value, pattern.DeconstructionSubpatterns.Length, pattern);
            for (var i = 0; i < parts.Length; i++)
            {
                if (!Matches(pattern.DeconstructionSubpatterns[i], parts[i], scope))
                {
                    return false;
                }
            }
        }

        foreach (var subpattern in pattern.PropertySubpatterns)
        {
            _implicitReceivers.Push(value!);
            object? member;
            try
            {
                member = Evaluate(subpattern.Member, scope);
            }
            finally
            {
                _implicitReceivers.Pop();
            }

            if (!Matches(subpattern.Pattern, member, scope))
            {
                return false;
            }
        }

        if (pattern.DeclaredSymbol is { } variable)
        {
            scope.Declare(variable, value);
        }

        return true;
    }

    private object? IsType(IIsTypeOperation isType, Scope scope)
    {
        var matches = IsOfType(Evaluate(isType.ValueOperand, scope), isType.TypeOperand, scope);
        return isType.IsNegated ? !matches : matches;
    }

    /// <summary>Whether a non-null value is of <paramref name="type"/> (or derives from or implements it), as <c>is</c> tests.</summary>
    private bool IsOfType(object? value, ITypeSymbol? type, Scope scope)
    {
        if (value is null)
        {
            return false;
        }

        if (type is null || type.SpecialType == SpecialType.System_Object)
        {
            return true;
        }

        if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            type = ((INamedTypeSymbol)type).TypeArguments[0];
        }

        switch (value)
        {
            case UserObject user:
                return IsOwn(type) && Derives(user.Type, type);
            case UserEnumValue userEnum:
                return SymbolEqualityComparer.Default.Equals(userEnum.Type, type) || type.SpecialType is SpecialType.System_Enum or SpecialType.System_ValueType;
        }

        if (IsOwn(type))
        {
            return false;
        }

        return MapType(type, scope).IsInstanceOfType(value);
    }

    private static bool Derives(INamedTypeSymbol type, ITypeSymbol candidate)
    {
        for (ITypeSymbol? t = type; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, candidate.OriginalDefinition))
            {
                return true;
            }
        }

        return type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, candidate.OriginalDefinition));
    }

    private static bool ValuesEqual(object? left, object? right) => Operators.AreEqual(left, right);

    private bool Compare(BinaryOperatorKind relation, object? left, object? right) =>
        left is not null && right is not null && Operators.Relation(relation, left, right);

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        _ => Primitives.Format(value),
    };
}
