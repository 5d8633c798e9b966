using System;
using System.Linq;
using System.Text;
using EmrDsl.Generators.Evaluation.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmrDsl.Generators.Evaluation;

/// <summary>Conversions, operators, interpolated strings and null-conditional access.</summary>
internal sealed partial class OperationEvaluator
{
    private object? Convert(IConversionOperation conversion, Scope scope)
    {
        var value = Evaluate(conversion.Operand, scope);
        if (conversion.OperatorMethod is { } userDefined)
        {
            return CallOperator(conversion, userDefined, value);
        }

        if (value is null || conversion.Type is null)
        {
            return value;
        }

        if (value is string text && conversion.Operand is IInterpolatedStringOperation && conversion.Type.Name is "FormattableString" or "IFormattable")
        {
            // $"..." as a FormattableString (FormattableString.Invariant($"...")): its text, already formatted invariantly.
            return System.Runtime.CompilerServices.FormattableStringFactory.Create("{0}", text);
        }

        var target = conversion.Type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
            ? ((INamedTypeSymbol)conversion.Type).TypeArguments[0]
            : conversion.Type;
        if (value is UserEnumValue userEnum)
        {
            if (SymbolEqualityComparer.Default.Equals(target, userEnum.Type) || !Primitives.IsNumeric(target.SpecialType) && target.TypeKind != TypeKind.Enum)
            {
                return value;
            }

            value = userEnum.Underlying;
        }

        if (target is INamedTypeSymbol { TypeKind: TypeKind.Enum } ownEnum && IsOwn(ownEnum) && (Primitives.IsNumeric(value) || value is Enum))
        {
            return new UserEnumValue(ownEnum, Compute(conversion, () => Primitives.Convert(value, ownEnum.EnumUnderlyingType!.SpecialType, conversion.IsChecked))!);
        }

        if (target.TypeKind == TypeKind.Enum && (Primitives.IsNumeric(value) || value is Enum))
        {
            var enumType = ClrTypes.Map(target) ?? throw Failure(conversion.Syntax, $"the enum '{target.Name}' is not a DSL type; use the DSL's own enums");
            var underlying = Primitives.Convert(value, ((INamedTypeSymbol)target).EnumUnderlyingType!.SpecialType, conversion.IsChecked);
            return Enum.ToObject(enumType, underlying);
        }

        if (Primitives.IsNumeric(target.SpecialType) && (Primitives.IsNumeric(value) || value is Enum))
        {
            return Compute(conversion, () => Primitives.Convert(value, target.SpecialType, conversion.IsChecked));
        }

        return value;
    }

    private object? Binary(IBinaryOperation binary, Scope scope)
    {
        var kind = binary.OperatorKind;
        if (kind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr && binary.OperatorMethod is null)
        {
            var left = Condition(binary.LeftOperand, scope);
            return kind == BinaryOperatorKind.ConditionalAnd ? left && Condition(binary.RightOperand, scope) : left || Condition(binary.RightOperand, scope);
        }

        var leftValue = Evaluate(binary.LeftOperand, scope);
        var rightValue = Evaluate(binary.RightOperand, scope);
        if (binary.OperatorMethod is { } userDefined)
        {
            return CallOperator(binary, userDefined, leftValue, rightValue);
        }

        return Compute(binary, () => Arithmetic(kind, leftValue, rightValue, binary.Type!, binary.IsChecked));
    }

    /// <summary>A built-in operator; on the project's enums it computes on the underlying numbers and gives an enum value back where C# does.</summary>
    private static object? Arithmetic(BinaryOperatorKind kind, object? left, object? right, ITypeSymbol resultType, bool isChecked)
    {
        var enumType = (left as UserEnumValue)?.Type ?? (right as UserEnumValue)?.Type;
        if (enumType is null)
        {
            return Operators.Binary(kind, left, right, resultType, isChecked);
        }

        var underlying = enumType.EnumUnderlyingType!;
        var result = Operators.Binary(kind, (left as UserEnumValue)?.Underlying ?? left, (right as UserEnumValue)?.Underlying ?? right, resultType.TypeKind == TypeKind.Enum ? underlying : resultType, isChecked);
        return resultType.TypeKind == TypeKind.Enum && result is not null ? new UserEnumValue(enumType, result) : result;
    }

    private object? Unary(IUnaryOperation unary, Scope scope)
    {
        var operand = Evaluate(unary.Operand, scope);
        if (unary.OperatorMethod is { } userDefined)
        {
            return CallOperator(unary, userDefined, operand);
        }

        return Compute(unary, () => Operators.Unary(unary.OperatorKind, operand, unary.Type!, unary.IsChecked));
    }

    /// <summary>A user-defined operator or conversion: the DSL's run by reflection, the project's interpreted, a record's synthesized ones compare by value.</summary>
    private object? CallOperator(IOperation at, IMethodSymbol method, params object?[] operands)
    {
        if (ClrTypes.IsDsl(method) || PureFrameworkMembers.Contains(method))
        {
            var info = Reflected.Method(method) ?? throw Failure(at.Syntax, Reasons.VersionMismatch);
            return Call(at, () => info.Invoke(null, operands));
        }

        if (method.IsImplicitlyDeclared && method.ContainingType.IsRecord && method.Name is "op_Equality" or "op_Inequality")
        {
            return Equals(operands[0], operands[1]) == (method.Name == "op_Equality");
        }

        if (IsOwn(method) && DefinitionBodies.Find(method, _compilation, _cancellationToken) is { } body)
        {
            var frame = new Frame(null, new System.Collections.Generic.Dictionary<ITypeParameterSymbol, Type>(SymbolEqualityComparer.Default));
            return RunBody(at, method, body, Scope.Root(frame), operands);
        }

        throw Failure(at.Syntax, Reasons.Call(method));
    }

    /// <summary>Arithmetic that C# would reject at run time (overflow in a checked context, division by zero) is EMRG002.</summary>
    private static object? Compute(IOperation at, Func<object?> compute)
    {
        try
        {
            return compute();
        }
        catch (ArithmeticException e)
        {
            throw Rejected(at, e);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException)
        {
            throw Failure(at.Syntax, $"the generator does not evaluate {e.Message}; use constants or DSL calls");
        }
    }

    /// <summary>Interpolated strings format with the invariant culture, like every value the DSL writes.</summary>
    private string Interpolate(IInterpolatedStringOperation interpolated, Scope scope)
    {
        var text = new StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation literal:
                    text.Append(Evaluate(literal.Text, scope) as string);
                    break;
                case IInterpolationOperation hole:
                    var format = hole.FormatString is null ? null : Evaluate(hole.FormatString, scope) as string;
                    var formatted = Primitives.Format(Evaluate(hole.Expression, scope), format);
                    var alignment = hole.Alignment is null ? 0 : (int)Primitives.Convert(Evaluate(hole.Alignment, scope) ?? 0, SpecialType.System_Int32, isChecked: true);
                    text.Append(alignment >= 0 ? formatted.PadLeft(alignment) : formatted.PadRight(-alignment));
                    break;
                case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation call } append:
                    // An interpolated string built by a handler (string.Create(provider, $"...")): AppendLiteral/AppendFormatted calls.
                    var argument = (string name) => call.Arguments.FirstOrDefault(a => a.Parameter?.Name == name) is { } found ? Evaluate(found.Value, scope) : null;
                    if (append.Kind == OperationKind.InterpolatedStringAppendLiteral)
                    {
                        text.Append(Evaluate(call.Arguments[0].Value, scope) as string);
                    }
                    else
                    {
                        var appended = Primitives.Format(argument("value"), argument("format") as string);
                        var width = argument("alignment") is { } alignmentValue ? (int)Primitives.Convert(alignmentValue, SpecialType.System_Int32, isChecked: true) : 0;
                        text.Append(width >= 0 ? appended.PadLeft(width) : appended.PadRight(-width));
                    }

                    break;
                default:
                    throw Failure(part.Syntax, Reasons.Expression(part));
            }
        }

        return text.ToString();
    }

    private object? ConditionalAccess(IConditionalAccessOperation access, Scope scope)
    {
        var receiver = Evaluate(access.Operation, scope);
        if (receiver is null)
        {
            return null;
        }

        _conditionalReceivers.Push(receiver);
        try
        {
            return Evaluate(access.WhenNotNull, scope);
        }
        finally
        {
            _conditionalReceivers.Pop();
        }
    }
}
