using System.Globalization;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmrDsl.Analyzers.Definitions;

/// <summary>Reads the rules' <c>.editorconfig</c> options for one definition's file into a <see cref="RuleContext"/>.</summary>
internal static class RuleOptions
{
    public static RuleContext Read(AnalyzerConfigOptions options) => new()
    {
        DefaultLogUri = options.TryGetValue(RuleContext.DefaultLogUriKey, out var uri) && !string.IsNullOrWhiteSpace(uri) ? uri.Trim() : null,
        MaxIdleTimeoutSeconds = options.TryGetValue(RuleContext.MaxIdleTimeoutKey, out var timeout) ? Seconds(timeout) : null,
        EksNodeSize = options.TryGetValue(RuleContext.EksNodeSizeKey, out var nodeSize) ? EksNodeSize.Parse(nodeSize) : null,
    };

    /// <summary>A whole number of seconds (<c>3600</c>); anything else leaves the limit unset, as documented in docs/analyzers.md.</summary>
    private static long? Seconds(string value) =>
        long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
}
