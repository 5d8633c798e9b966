using System;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace EmrDsl.Testing.Oracles;

/// <summary>
/// Runs the Java-style <c>pattern</c>s of botocore models on .NET. The service (Java) matches the whole value,
/// so the translated pattern is anchored at both ends. See <see cref="JavaRegexTranslator"/> for what differs.
/// </summary>
public static class JavaRegex
{
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    public static bool IsFullMatch(string pattern, string value) => Compiled.GetOrAdd(pattern, Compile).IsMatch(value);

    public static Regex Compile(string pattern) =>
        new(@"\A(?:" + JavaRegexTranslator.Translate(pattern) + @")\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
}
