using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// The few framework members the evaluator calls: pure (same inputs, same result, no environment) and
/// culture-independent under the invariant culture the evaluation runs in. Everything else in the
/// framework is treated as unknowable at build time.
/// </summary>
internal static class PureFrameworkMembers
{
    private static readonly Dictionary<string, HashSet<string>> Allowed = new()
    {
        ["System.TimeSpan"] = new()
        {
            "FromDays", "FromHours", "FromMinutes", "FromSeconds", "FromMilliseconds", "Zero",
            "Days", "Hours", "Minutes", "Seconds", "Milliseconds",
            "TotalDays", "TotalHours", "TotalMinutes", "TotalSeconds", "TotalMilliseconds",
        },
        ["System.String"] = new()
        {
            "Empty", "Length", "Concat", "Join", "Format", "IsNullOrEmpty", "IsNullOrWhiteSpace",
            "ToLowerInvariant", "ToUpperInvariant", "Trim", "TrimStart", "TrimEnd", "Replace", "Substring",
            "Contains", "StartsWith", "EndsWith", "PadLeft", "PadRight", "ToString",
        },
        ["System.Math"] = new() { "Max", "Min", "Abs", "Ceiling", "Floor", "Round", "Clamp" },
        ["System.Int32"] = new() { "ToString" },
        ["System.Int64"] = new() { "ToString" },
        ["System.Double"] = new() { "ToString" },
        ["System.Decimal"] = new() { "ToString" },
        ["System.Boolean"] = new() { "ToString" },
    };

    public static bool Contains(ISymbol member) =>
        member.ContainingType is { ContainingType: null } type &&
        Allowed.TryGetValue(type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName, out var members) &&
        members.Contains(member.Name);
}
