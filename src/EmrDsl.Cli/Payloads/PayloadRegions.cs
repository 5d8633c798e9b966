using System;
using System.Collections.Generic;
using EmrDsl.Json;

namespace EmrDsl.Cli.Payloads;

/// <summary>Where a finding's JSON path lies in its payload file, for reports that point at it (SARIF regions).</summary>
internal sealed class PayloadRegions
{
    private readonly string _text;
    private readonly IReadOnlyDictionary<string, JsonSpan> _spans;

    public PayloadRegions(string text, IReadOnlyDictionary<string, JsonSpan> spans)
    {
        _text = text;
        _spans = spans;
    }

    /// <summary>
    /// The member <paramref name="path"/> names, from its name to the end of its value (an array item or the request: its
    /// value). A rule may name a member the request lacks (EMR002's <c>LogUri</c>): then the closest enclosing member
    /// that is there, so every finding points somewhere a reader can fix it.
    /// </summary>
    public TextRegion Of(string path)
    {
        var span = Present(path);
        var (startLine, startColumn) = TextPosition.Of(_text, span.Start);
        var (endLine, endColumn) = TextPosition.Of(_text, span.End);
        return new TextRegion(startLine, startColumn, endLine, endColumn);
    }

    /// <summary>The span of <paramref name="path"/> or of its closest recorded ancestor; the parser always records the root ("").</summary>
    private JsonSpan Present(string path)
    {
        JsonSpan span;
        while (!_spans.TryGetValue(path, out span) && path.Length > 0)
        {
            // Map keys may hold dots (spark.executor.memory): cutting at one of those finds nothing and cuts again.
            path = path.Substring(0, Math.Max(0, Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['))));
        }

        return span;
    }
}
