using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// The framework members the evaluator runs: pure (same inputs, same result, nothing read from the machine or the
/// moment) and culture-independent under the invariant culture the evaluation runs in. Whole types where every member
/// is such (LINQ to Objects, the collections, tuples, Math, TimeSpan, string, numbers), single members elsewhere
/// (Guid.Parse but not Guid.NewGuid). Everything else in the framework is unknowable at build time; docs/evaluation.md
/// lists both sides.
/// </summary>
internal static class PureFrameworkMembers
{
    /// <summary>Types whose every member is pure, by metadata name.</summary>
    private static readonly HashSet<string> PureTypes = new()
    {
        "System.Linq.Enumerable", "System.Linq.IGrouping`2", "System.Linq.IOrderedEnumerable`1", "System.Linq.ILookup`2", "System.Linq.Lookup`2",
        "System.Linq.ImmutableArrayExtensions",
        "System.Collections.Generic.List`1", "System.Collections.Generic.Dictionary`2", "System.Collections.Generic.HashSet`1",
        "System.Collections.Generic.SortedDictionary`2", "System.Collections.Generic.SortedSet`1", "System.Collections.Generic.Queue`1",
        "System.Collections.Generic.Stack`1", "System.Collections.Generic.KeyValuePair`2", "System.Collections.Generic.KeyValuePair",
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.ICollection`1", "System.Collections.Generic.IList`1",
        "System.Collections.Generic.IReadOnlyCollection`1", "System.Collections.Generic.IReadOnlyList`1", "System.Collections.Generic.IDictionary`2",
        "System.Collections.Generic.IReadOnlyDictionary`2", "System.Collections.Generic.ISet`1", "System.Collections.Generic.CollectionExtensions",
        "System.Collections.Generic.List`1+Enumerator",
        "System.ValueTuple", "System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4", "System.ValueTuple`5",
        "System.ValueTuple`6", "System.ValueTuple`7", "System.Tuple", "System.Tuple`1", "System.Tuple`2", "System.Tuple`3", "System.Tuple`4",
        "System.Math", "System.TimeSpan", "System.Char", "System.Nullable`1", "System.StringComparer", "System.Text.StringBuilder",
        "System.Boolean", "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64",
        "System.UInt64", "System.Single", "System.Double", "System.Decimal", "System.String",
    };

    /// <summary>Single pure members of types that also have impure ones.</summary>
    private static readonly Dictionary<string, HashSet<string>> PureMembers = new()
    {
        ["System.Guid"] = new() { "Parse", "ParseExact", "Empty", "ToString", "Equals", "CompareTo", ".ctor" },
        ["System.Uri"] = new()
        {
            ".ctor", "AbsolutePath", "AbsoluteUri", "Authority", "Host", "Port", "Scheme", "PathAndQuery", "Query", "Fragment",
            "Segments", "OriginalString", "IsAbsoluteUri", "LocalPath", "UserInfo", "ToString", "Equals", "EscapeDataString",
            "UnescapeDataString", "IsWellFormedUriString",
        },
        ["System.Enum"] = new() { "ToString", "HasFlag", "Equals", "CompareTo", "GetName", "GetNames", "GetValues", "Parse", "IsDefined" },
        ["System.Object"] = new() { "ToString", "Equals" },
        ["System.ValueType"] = new() { "ToString", "Equals" },
        ["System.Array"] = new() { "Length", "Empty", "IndexOf", "Reverse", "Sort", "Exists", "Find", "FindAll", "FindIndex", "TrueForAll", "ConvertAll" },
        ["System.Convert"] = new()
        {
            "ToInt16", "ToInt32", "ToInt64", "ToUInt16", "ToUInt32", "ToUInt64", "ToByte", "ToDouble", "ToDecimal", "ToSingle", "ToBoolean", "ToString",
        },
        ["System.Globalization.CultureInfo"] = new() { "InvariantCulture" },
        ["System.FormattableString"] = new() { "Invariant", "ToString" },

        // Dates you write (a backfill range), never the clock: Now, UtcNow, Today and time-zone conversions are left out.
        ["System.DateTime"] = new()
        {
            ".ctor", "Parse", "ParseExact", "Year", "Month", "Day", "Hour", "Minute", "Second", "Millisecond", "DayOfWeek", "DayOfYear",
            "Date", "TimeOfDay", "Ticks", "Kind", "AddDays", "AddHours", "AddMinutes", "AddSeconds", "AddMonths", "AddYears", "AddTicks",
            "Add", "Subtract", "ToString", "Equals", "CompareTo", "Compare", "DaysInMonth", "IsLeapYear", "MinValue", "MaxValue", "SpecifyKind",
            "op_Addition", "op_Subtraction", "op_Equality", "op_Inequality", "op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual",
        },
        ["System.DateOnly"] = new()
        {
            ".ctor", "Parse", "ParseExact", "Year", "Month", "Day", "DayOfWeek", "DayOfYear", "DayNumber", "AddDays", "AddMonths", "AddYears",
            "ToString", "Equals", "CompareTo", "FromDateTime", "ToDateTime", "MinValue", "MaxValue",
            "op_Equality", "op_Inequality", "op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual",
        },
    };

    /// <summary>Members that change the collection they are called on, refused on static state.</summary>
    private static readonly HashSet<string> Mutators = new()
    {
        "Add", "AddRange", "Insert", "InsertRange", "Remove", "RemoveAt", "RemoveAll", "RemoveRange", "RemoveWhere", "Clear", "Sort",
        "Reverse", "TryAdd", "Push", "Pop", "Enqueue", "Dequeue", "UnionWith", "IntersectWith", "ExceptWith", "SymmetricExceptWith",
        "set_Item", "Append", "AppendLine", "AppendFormat", "Replace",
    };

    public static bool Contains(ISymbol member)
    {
        if (member.Name is "GetHashCode" or "GetType" or "ReferenceEquals" || member.ContainingType is not { } type)
        {
            return false;
        }

        var name = MetadataName(type);
        if (PureTypes.Contains(name) || name.StartsWith("System.Collections.Immutable.", System.StringComparison.Ordinal))
        {
            return true;
        }

        var memberName = member is IMethodSymbol { AssociatedSymbol: { } property } ? property.Name : member.Name;
        return PureMembers.TryGetValue(name, out var members) && members.Contains(memberName);
    }

    /// <summary>Whether calling <paramref name="method"/> changes the object it is called on.</summary>
    public static bool Mutates(IMethodSymbol method) =>
        !method.IsStatic && Mutators.Contains(method.Name) && method.ContainingType.SpecialType != SpecialType.System_String;

    /// <summary>How many elements a call asks for when it builds a sequence of a given length (Range, Repeat, a capacity): checked against the budget first.</summary>
    public static long? SequenceLength(IMethodSymbol method, object?[] arguments)
    {
        var type = method.ContainingType is { } containing ? MetadataName(containing) : string.Empty;
        return (type, method.Name) switch
        {
            ("System.Linq.Enumerable", "Range" or "Repeat") when arguments.Length == 2 => ToLong(arguments[1]),
            ("System.String", ".ctor") when arguments.Length == 2 && arguments[0] is char => ToLong(arguments[1]),
            (_, "PadLeft" or "PadRight") when arguments.Length >= 1 => ToLong(arguments[0]),
            (_, ".ctor") when type.StartsWith("System.Collections.Generic.", System.StringComparison.Ordinal) && arguments.Length == 1 && arguments[0] is int capacity => capacity,
            _ => null,
        };
    }

    private static long? ToLong(object? value) => value is int or long ? System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string MetadataName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
    }
}
