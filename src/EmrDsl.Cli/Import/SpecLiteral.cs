using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Cli.Import;

/// <summary>
/// Any model value as C# that constructs it (<c>new InstanceGroupSpec { ... }</c>): the raw escape hatch for what
/// the fluent surface does not express. Members come in the shape table's order; absent ones are left out.
/// </summary>
internal static class SpecLiteral
{
    public static Expr Of(object? value) => value switch
    {
        null => new Token("null"),
        string text => CSharpLiteral.String(text),
        bool flag => CSharpLiteral.Bool(flag),
        int number => CSharpLiteral.Int(number),
        long number => CSharpLiteral.Int(number),
        double number => CSharpLiteral.Double(number),
        Enum member => CSharpLiteral.Enum(member),
        MapEntry entry => new Token($"new MapEntry({CSharpLiteral.String(entry.Key).Text}, {CSharpLiteral.String(entry.Value).Text})"),
        StringListEntry entry => new Invocation("new StringListEntry", new[] { CSharpLiteral.String(entry.Key), Of(entry.Values) }),
        _ when value.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(KeyedSpec<>) => Keyed(type, value),
        IEnumerable items => List(items.Cast<object>().ToList()),
        _ => Structure(value),
    };

    /// <summary>The members of <paramref name="spec"/> that are set (non-null, non-empty), with their values.</summary>
    public static IEnumerable<KeyValuePair<string, Expr>> SetMembers(IApiShape shape, object spec, IEnumerable<string>? only = null) =>
        shape.Members
            .Where(m => only is null || only.Contains(m.Name))
            .Select(m => (m.Name, Value: m.GetValue(spec)))
            .Where(m => !IsAbsent(m.Value))
            .Select(m => new KeyValuePair<string, Expr>(PropertyName(spec.GetType(), m.Name), Of(m.Value)));

    public static bool IsAbsent(object? value) => value is null || (value is IEnumerable items and not string && !items.Cast<object>().Any());

    /// <summary>The C# property behind a wire member (EMR's members are PascalCase already, Serverless's camelCase).</summary>
    public static string PropertyName(Type specType, string member) =>
        specType.GetProperty(member, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.Name
        ?? throw new InvalidOperationException($"{specType.Name} has no property for the wire member {member}.");

    private static Expr List(IReadOnlyList<object> items) =>
        items.Count == 0 ? new Token("default") : new Invocation("EquatableArray.Create", items.Select(Of));

    /// <summary><c>new KeyedSpec&lt;InitialCapacitySpec&gt;("Driver", new InitialCapacitySpec { ... })</c>: one entry of a map of structures.</summary>
    private static Expr Keyed(Type type, object entry) => new Invocation(
        $"new KeyedSpec<{type.GetGenericArguments()[0].Name}>",
        new[] { Of(type.GetProperty("Key")!.GetValue(entry)), Of(type.GetProperty("Value")!.GetValue(entry)) });

    private static Expr Structure(object value) => value switch
    {
        IApiSpec spec => new Construction("new " + spec.GetType().Name, SetMembers(spec.Shape, spec)),
        _ when IsModelRecord(value.GetType()) => new Construction("new " + value.GetType().Name, InitMembers(value)),
        _ => throw new InvalidOperationException($"{value.GetType().Name} is not a spec record; the importer cannot write it."),
    };

    /// <summary>
    /// The init properties of a model record no API shape describes (the security configuration's, which follow the
    /// EMR Management Guide rather than a service model), in declaration order; absent ones are left out.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, Expr>> InitMembers(object record) =>
        record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .OrderBy(p => p.MetadataToken)
            .Select(p => (p.Name, Value: p.GetValue(record)))
            .Where(p => !IsAbsent(p.Value))
            .Select(p => new KeyValuePair<string, Expr>(p.Name, Of(p.Value)));

    private static bool IsModelRecord(Type type) =>
        type.Namespace == typeof(ClusterSpec).Namespace && type.Assembly == typeof(ClusterSpec).Assembly && type.GetMethod("<Clone>$") is not null;
}
