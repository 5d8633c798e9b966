using System;
using System.Collections.Generic;
using System.Reflection;

namespace EmrDsl.Wire;

/// <summary>Maps a typed enum to and from the strings the AWS API uses, read once from <see cref="ApiValueAttribute"/>.</summary>
internal static class ApiEnum<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> ToApiValue = new();
    private static readonly Dictionary<string, TEnum> FromApiValue = new(StringComparer.Ordinal);
    private static readonly List<string> AllValues = new();

    static ApiEnum()
    {
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (TEnum)field.GetValue(null)!;
            var apiValue = field.GetCustomAttribute<ApiValueAttribute>()?.Value ?? field.Name;
            ToApiValue[value] = apiValue;
            FromApiValue[apiValue] = value;
            AllValues.Add(apiValue);
        }
    }

    /// <summary>The API strings, in declaration order (for messages that list what is allowed).</summary>
    public static IReadOnlyList<string> Values => AllValues;

    public static string ToApi(TEnum value) =>
        ToApiValue.TryGetValue(value, out var text)
            ? text
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name}.");

    public static bool TryParse(string text, out TEnum value) => FromApiValue.TryGetValue(text, out value);
}
