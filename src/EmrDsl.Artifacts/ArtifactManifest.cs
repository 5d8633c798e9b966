using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace EmrDsl.Artifacts;

/// <summary>
/// The text of the one constant a definition's payloads travel in by default (a private <c>const string</c> marked
/// <c>[EmrArtifacts]</c> beside the definition): at 1,000 definitions it costs a build about half of what a class of
/// typed constants per definition costs to compile (bench/README.md). Shared by the generator, which writes it, and
/// the reader.
/// </summary>
/// <remarks>
/// Layout: the line <c>emrdsl-artifacts 1</c>, then per payload the line <c>&lt;constant name&gt; &lt;length&gt;</c>,
/// exactly that many characters of content and a line break. Lengths keep any content exact, whatever it holds.
/// </remarks>
internal static class ArtifactManifest
{
    private const string Header = "emrdsl-artifacts 1\n";

    public static string Write(IEnumerable<KeyValuePair<string, string>> payloads)
    {
        var text = new StringBuilder(Header);
        foreach (var payload in payloads)
        {
            text.Append(payload.Key).Append(' ').Append(payload.Value.Length.ToString(CultureInfo.InvariantCulture)).Append('\n').Append(payload.Value).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The payloads by constant name; <paramref name="source"/> names the constant in the error a damaged text gets.</summary>
    public static Dictionary<string, string> Read(string manifest, string source)
    {
        if (!manifest.StartsWith(Header, StringComparison.Ordinal))
        {
            throw Damaged(source, "it does not start with '" + Header.TrimEnd() + "'");
        }

        var payloads = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = Header.Length;
        while (position < manifest.Length)
        {
            var lineEnd = manifest.IndexOf('\n', position);
            var separator = lineEnd < 0 ? -1 : manifest.LastIndexOf(' ', lineEnd, lineEnd - position);
            if (separator <= position
                || !int.TryParse(manifest.Substring(separator + 1, lineEnd - separator - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || length > manifest.Length - lineEnd - 2
                || manifest[lineEnd + 1 + length] != '\n')
            {
                throw Damaged(source, "the entry at character " + position.ToString(CultureInfo.InvariantCulture) + " is not '<name> <length>', that much content and a line break");
            }

            payloads[manifest.Substring(position, separator - position)] = manifest.Substring(lineEnd + 1, length);
            position = lineEnd + 2 + length;
        }

        return payloads;
    }

    private static InvalidDataException Damaged(string source, string why) =>
        new($"{source} is marked [EmrArtifacts] but is not an EmrDsl artifact manifest: {why}; rebuild with the matching EmrDsl version.");
}
