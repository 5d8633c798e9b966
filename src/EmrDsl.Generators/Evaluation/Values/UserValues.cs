using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation.Values;

/// <summary>
/// Framework members that the project's own values answer themselves: <c>ToString</c> and <c>Equals</c> on records,
/// classes and enums, and the <see cref="Enum"/> members on the project's enums (<c>HasFlag</c>, <c>GetValues&lt;T&gt;</c>,
/// <c>GetNames&lt;T&gt;</c>, <c>GetName</c>, <c>Parse&lt;T&gt;</c>, <c>IsDefined</c>).
/// </summary>
internal static class UserValues
{
    /// <summary>Whether <paramref name="method"/> is one of the members this class can answer for the project's values.</summary>
    public static bool Handles(IMethodSymbol method) =>
        method.Name is "ToString" or "Equals" && !method.IsStatic && method.Parameters.Length <= 1 ||
        method.ContainingType?.SpecialType == SpecialType.System_Enum && method.Name is "HasFlag" or "CompareTo" or "GetValues" or "GetNames" or "GetName" or "Parse" or "IsDefined" ||
        method.IsImplicitlyDeclared && method.ContainingType is { IsRecord: true } && method.Name is "ToString" or "Equals";

    /// <summary>Whether this call is on one of the project's values (else the framework answers it).</summary>
    public static bool AppliesTo(IMethodSymbol method, object? receiver, object?[] arguments, Func<ITypeSymbol, bool> isOwn) =>
        receiver is UserObject or UserEnumValue ||
        (receiver is null && method.IsStatic && (arguments.Any(a => a is UserEnumValue) || method.TypeArguments.Any(isOwn)));

    public static object? Call(IMethodSymbol method, object? receiver, object?[] arguments)
    {
        switch (method.Name)
        {
            case "ToString" when receiver is not null:
                return arguments.Length == 1 && receiver is IFormattable formattable ? formattable.ToString(arguments[0] as string, null) : receiver.ToString();
            case "Equals" when receiver is not null:
                return receiver.Equals(arguments[0]);
            case "HasFlag" when receiver is UserEnumValue value && arguments[0] is UserEnumValue flag:
                return value.HasFlag(flag);
            case "CompareTo" when receiver is UserEnumValue value:
                return value.CompareTo(arguments[0]);
        }

        var enumType = method.TypeArguments.FirstOrDefault() as INamedTypeSymbol
            ?? (arguments.FirstOrDefault() as UserEnumValue)?.Type
            ?? throw new InvalidOperationException($"'{method.ContainingType.Name}.{method.Name}' is evaluated at build time only for the project's enums in its generic form (Enum.{method.Name}<T>(...))");
        var members = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToList();
        switch (method.Name)
        {
            case "GetValues":
                return members.Select(m => (object)new UserEnumValue(enumType, m.ConstantValue!)).ToArray();
            case "GetNames":
                return members.Select(m => m.Name).ToArray();
            case "GetName":
                return arguments[0] is UserEnumValue named && members.FirstOrDefault(m => new UserEnumValue(enumType, m.ConstantValue!).Equals(named)) is { } member ? member.Name : null;
            case "IsDefined":
                return members.Any(m => new UserEnumValue(enumType, m.ConstantValue!).Equals(arguments[0]) || m.Name.Equals(arguments[0]));
            case "Parse":
                var text = arguments[0] as string ?? throw new ArgumentNullException("value");
                var ignoreCase = arguments.Length > 1 && arguments[1] is true;
                var parsed = members.FirstOrDefault(m => string.Equals(m.Name, text.Trim(), ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                    ?? throw new ArgumentException($"Requested value '{text}' was not found.", "value");
                return new UserEnumValue(enumType, parsed.ConstantValue!);
            default:
                throw new InvalidOperationException($"'Enum.{method.Name}' is not evaluated at build time for the project's enums");
        }
    }
}
