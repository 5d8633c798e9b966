using System;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// C# semantics for built-in conversions between primitive values (truncation, wrap-around in unchecked
/// contexts, overflow errors in checked ones), computed on the boxed values the interpreter holds.
/// </summary>
internal static class Primitives
{
    public static bool IsNumeric(SpecialType type) => type is
        SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16 or
        SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or
        SpecialType.System_Char or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;

    public static bool IsNumeric(object? value) => value is
        sbyte or byte or short or ushort or int or uint or long or ulong or char or float or double or decimal;

    public static bool IsFloating(object value) => value is float or double;

    public static bool IsSigned(object value) => value is sbyte or short or int or long;

    /// <summary>Converts a numeric, char or enum value to the numeric type <paramref name="target"/>.</summary>
    public static object Convert(object value, SpecialType target, bool isChecked)
    {
        if (value is Enum)
        {
            value = System.Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), CultureInfo.InvariantCulture);
        }

        switch (target)
        {
            case SpecialType.System_Single:
                return value is char c ? c : System.Convert.ToSingle(value, CultureInfo.InvariantCulture);
            case SpecialType.System_Double:
                return value is char d ? d : System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
            case SpecialType.System_Decimal:
                return value is char m ? m : System.Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        }

        if (value is float or double or decimal)
        {
            // C# truncates toward zero where Convert rounds; a value out of range is an error either way here.
            var truncated = Math.Truncate(System.Convert.ToDecimal(value, CultureInfo.InvariantCulture));
            return Integral(truncated, target, isChecked: true);
        }

        return Integral(value is char ch ? (long)ch : value, target, isChecked);
    }

    private static object Integral(object value, SpecialType target, bool isChecked)
    {
        if (isChecked)
        {
            return System.Convert.ChangeType(value is char c ? (int)c : value, ClrType(target), CultureInfo.InvariantCulture);
        }

        var bits = value is ulong u ? unchecked((long)u) : System.Convert.ToInt64(value, CultureInfo.InvariantCulture);
        return target switch
        {
            SpecialType.System_SByte => unchecked((sbyte)bits),
            SpecialType.System_Byte => unchecked((byte)bits),
            SpecialType.System_Int16 => unchecked((short)bits),
            SpecialType.System_UInt16 => unchecked((ushort)bits),
            SpecialType.System_Char => unchecked((char)bits),
            SpecialType.System_Int32 => unchecked((int)bits),
            SpecialType.System_UInt32 => unchecked((uint)bits),
            SpecialType.System_Int64 => bits,
            SpecialType.System_UInt64 => unchecked((ulong)bits),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, "not an integral type"),
        };
    }

    private static Type ClrType(SpecialType type) => type switch
    {
        SpecialType.System_SByte => typeof(sbyte),
        SpecialType.System_Byte => typeof(byte),
        SpecialType.System_Int16 => typeof(short),
        SpecialType.System_UInt16 => typeof(ushort),
        SpecialType.System_Char => typeof(char),
        SpecialType.System_Int32 => typeof(int),
        SpecialType.System_UInt32 => typeof(uint),
        SpecialType.System_Int64 => typeof(long),
        SpecialType.System_UInt64 => typeof(ulong),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not an integral type"),
    };

    /// <summary>How a value reads when formatted into text: invariant culture, as the generated constants require.</summary>
    public static string Format(object? value, string? format = null) => value switch
    {
        null => string.Empty,
        IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
