using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Built-in C# operators on evaluated primitives. Roslyn has already converted both operands to the
/// operator's type, so each operation computes in the widest type of its family (long, ulong, double,
/// decimal) and narrows the result back with C#'s checked or unchecked semantics.
/// </summary>
internal static class Operators
{
    public static object? Binary(BinaryOperatorKind kind, object? left, object? right, ITypeSymbol resultType, bool isChecked)
    {
        if (resultType.SpecialType == SpecialType.System_String && kind == BinaryOperatorKind.Add)
        {
            return Primitives.Format(left) + Primitives.Format(right);
        }

        switch (kind)
        {
            case BinaryOperatorKind.Equals:
                return AreEqual(left, right);
            case BinaryOperatorKind.NotEquals:
                return !AreEqual(left, right);
            case BinaryOperatorKind.LessThan:
                return Compare(left, right) < 0;
            case BinaryOperatorKind.LessThanOrEqual:
                return Compare(left, right) <= 0;
            case BinaryOperatorKind.GreaterThan:
                return Compare(left, right) > 0;
            case BinaryOperatorKind.GreaterThanOrEqual:
                return Compare(left, right) >= 0;
        }

        if (left is bool l && right is bool r)
        {
            return kind switch
            {
                BinaryOperatorKind.And or BinaryOperatorKind.ConditionalAnd => l & r,
                BinaryOperatorKind.Or or BinaryOperatorKind.ConditionalOr => l | r,
                BinaryOperatorKind.ExclusiveOr => l ^ r,
                _ => throw Unsupported(kind),
            };
        }

        if (left is null || right is null)
        {
            // Lifted operators on nullable values: null in, null out.
            return null;
        }

        var target = NonNullable(resultType).SpecialType;
        if (!Primitives.IsNumeric(target) || !Primitives.IsNumeric(left) || !Primitives.IsNumeric(right))
        {
            throw Unsupported(kind);
        }

        return Primitives.Convert(Arithmetic(kind, left, right, target), target, isChecked);
    }

    public static object? Unary(UnaryOperatorKind kind, object? operand, ITypeSymbol resultType, bool isChecked)
    {
        if (operand is null)
        {
            return null;
        }

        if (kind == UnaryOperatorKind.Not && operand is bool b)
        {
            return !b;
        }

        var target = NonNullable(resultType).SpecialType;
        if (!Primitives.IsNumeric(operand))
        {
            throw Unsupported(kind);
        }

        return kind switch
        {
            UnaryOperatorKind.Plus => Primitives.Convert(operand, target, isChecked),
            UnaryOperatorKind.Minus => Binary(BinaryOperatorKind.Subtract, Primitives.Convert(0, target, isChecked), operand, resultType, isChecked),
            UnaryOperatorKind.BitwiseNegation => Primitives.Convert(~ToLong(operand), target, isChecked: false),
            _ => throw Unsupported(kind),
        };
    }

    private static object Arithmetic(BinaryOperatorKind kind, object left, object right, SpecialType target)
    {
        switch (target)
        {
            case SpecialType.System_Decimal:
                {
                    var a = Convert.ToDecimal(left, System.Globalization.CultureInfo.InvariantCulture);
                    var b = Convert.ToDecimal(right, System.Globalization.CultureInfo.InvariantCulture);
                    return kind switch
                    {
                        BinaryOperatorKind.Add => a + b,
                        BinaryOperatorKind.Subtract => a - b,
                        BinaryOperatorKind.Multiply => a * b,
                        BinaryOperatorKind.Divide => a / b,
                        BinaryOperatorKind.Remainder => a % b,
                        _ => throw Unsupported(kind),
                    };
                }

            case SpecialType.System_Single or SpecialType.System_Double:
                {
                    var a = Convert.ToDouble(left, System.Globalization.CultureInfo.InvariantCulture);
                    var b = Convert.ToDouble(right, System.Globalization.CultureInfo.InvariantCulture);
                    return kind switch
                    {
                        BinaryOperatorKind.Add => a + b,
                        BinaryOperatorKind.Subtract => a - b,
                        BinaryOperatorKind.Multiply => a * b,
                        BinaryOperatorKind.Divide => a / b,
                        BinaryOperatorKind.Remainder => a % b,
                        _ => throw Unsupported(kind),
                    };
                }

            default:
                {
                    // Integral: exact in 64 bits (wider than every operand after promotion); a checked narrowing catches overflow.
                    var a = ToLong(left);
                    var b = ToLong(right);
                    var shift = (int)b & (target is SpecialType.System_Int64 or SpecialType.System_UInt64 ? 63 : 31);
                    return kind switch
                    {
                        BinaryOperatorKind.Add => checked(a + b),
                        BinaryOperatorKind.Subtract => checked(a - b),
                        BinaryOperatorKind.Multiply => checked(a * b),
                        BinaryOperatorKind.Divide => a / b,
                        BinaryOperatorKind.Remainder => a % b,
                        BinaryOperatorKind.And => a & b,
                        BinaryOperatorKind.Or => a | b,
                        BinaryOperatorKind.ExclusiveOr => a ^ b,
                        BinaryOperatorKind.LeftShift => a << shift,
                        BinaryOperatorKind.RightShift => a >> shift,
                        _ => throw Unsupported(kind),
                    };
                }
        }
    }

    public static bool AreEqual(object? left, object? right)
    {
        if (Primitives.IsNumeric(left) && Primitives.IsNumeric(right))
        {
            return Compare(left, right) == 0;
        }

        return Equals(left, right);
    }

    /// <summary>A relational operator (<c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>) on two non-null values.</summary>
    public static bool Relation(BinaryOperatorKind kind, object left, object right) => kind switch
    {
        BinaryOperatorKind.LessThan => Compare(left, right) < 0,
        BinaryOperatorKind.LessThanOrEqual => Compare(left, right) <= 0,
        BinaryOperatorKind.GreaterThan => Compare(left, right) > 0,
        BinaryOperatorKind.GreaterThanOrEqual => Compare(left, right) >= 0,
        BinaryOperatorKind.Equals => AreEqual(left, right),
        BinaryOperatorKind.NotEquals => !AreEqual(left, right),
        _ => throw Unsupported(kind),
    };

    private static int Compare(object? left, object? right)
    {
        if (left is null || right is null)
        {
            throw new InvalidOperationException("comparison with null");
        }

        if (Primitives.IsFloating(left) || Primitives.IsFloating(right))
        {
            return Convert.ToDouble(left, System.Globalization.CultureInfo.InvariantCulture)
                .CompareTo(Convert.ToDouble(right, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (Primitives.IsNumeric(left) && Primitives.IsNumeric(right))
        {
            return Convert.ToDecimal(left is char l ? (int)l : left, System.Globalization.CultureInfo.InvariantCulture)
                .CompareTo(Convert.ToDecimal(right is char r ? (int)r : right, System.Globalization.CultureInfo.InvariantCulture));
        }

        return left is IComparable comparable ? comparable.CompareTo(right) : throw new InvalidOperationException("values are not comparable");
    }

    private static long ToLong(object value) => value switch
    {
        char c => c,
        ulong u => unchecked((long)u),
        _ => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static ITypeSymbol NonNullable(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    private static NotSupportedException Unsupported(object kind) => new($"the operator {kind} on these operand types");
}
