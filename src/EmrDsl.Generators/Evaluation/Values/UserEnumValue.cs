using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation.Values;

/// <summary>
/// A value of an enum declared in the project: the type (for its member names) and the underlying number. Formats,
/// compares and tests flags like the runtime's enum values.
/// </summary>
internal sealed class UserEnumValue : IComparable, IFormattable
{
    public UserEnumValue(INamedTypeSymbol type, object underlying)
    {
        Type = type;
        Underlying = underlying;
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>The value in the enum's underlying type (int unless declared otherwise).</summary>
    public object Underlying { get; }

    private long Number => Convert.ToInt64(Underlying, System.Globalization.CultureInfo.InvariantCulture);

    public bool HasFlag(UserEnumValue flag) => (Number & flag.Number) == flag.Number;

    public override bool Equals(object? obj) =>
        obj is UserEnumValue other && SymbolEqualityComparer.Default.Equals(Type, other.Type) && Number == other.Number;

    public override int GetHashCode() => Number.GetHashCode();

    public int CompareTo(object? obj) =>
        obj is UserEnumValue other ? Number.CompareTo(other.Number) : throw new ArgumentException("not a value of the same enum", nameof(obj));

    public string ToString(string? format, IFormatProvider? formatProvider) =>
        format is "D" or "d" ? Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : ToString();

    /// <summary>The member's name; for a [Flags] combination the names joined by ", " as Enum.ToString writes them; else the number.</summary>
    public override string ToString()
    {
        var members = Type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToList();
        var exact = members.FirstOrDefault(f => Convert.ToInt64(f.ConstantValue, System.Globalization.CultureInfo.InvariantCulture) == Number);
        if (exact is not null)
        {
            return exact.Name;
        }

        if (Type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute") && Number != 0)
        {
            var remaining = Number;
            var names = new System.Collections.Generic.List<string>();
            foreach (var member in members.OrderByDescending(f => Convert.ToInt64(f.ConstantValue, System.Globalization.CultureInfo.InvariantCulture)))
            {
                var value = Convert.ToInt64(member.ConstantValue, System.Globalization.CultureInfo.InvariantCulture);
                if (value != 0 && (remaining & value) == value)
                {
                    names.Insert(0, member.Name);
                    remaining &= ~value;
                }
            }

            if (remaining == 0)
            {
                return string.Join(", ", names);
            }
        }

        return Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
