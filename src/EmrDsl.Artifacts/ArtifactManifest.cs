using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace EmrDsl.Artifacts;

/// <summary>
/// The text of the constant the payloads travel in by default (a private <c>const string</c> marked
/// <c>[EmrArtifacts]</c>): one per generated file, holding the definitions of that file, so a build of 1,000
/// definitions compiles 64 constants instead of 1,000 declarations (bench/README.md). Shared by the generator, which
/// writes it, and the reader.
/// </summary>
/// <remarks>
/// Layout: the line <c>emrdsl-artifacts 2</c>, then per definition the line <c>&lt;definition&gt; &lt;payload count&gt;</c>
/// and per payload the line <c>&lt;constant name&gt; &lt;length&gt;</c>, exactly that many characters of content and a line
/// break. Lengths keep any content exact, whatever it holds; a name ends at the last space of its line.
/// </remarks>
internal static class ArtifactManifest
{
    public const string Header = "emrdsl-artifacts 2\n";

    /// <summary>One definition's part of a manifest; a manifest is <see cref="Header"/> and its definitions' entries in a row.</summary>
    public static string Entry(string definition, IReadOnlyCollection<KeyValuePair<string, string>> payloads)
    {
        var text = new StringBuilder(definition).Append(' ').Append(Number(payloads.Count)).Append('\n');
        foreach (var payload in payloads)
        {
            text.Append(payload.Key).Append(' ').Append(Number(payload.Value.Length)).Append('\n').Append(payload.Value).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The definitions in order; <paramref name="source"/> names the constant in the error a damaged text gets.</summary>
    public static List<ManifestDefinition> Read(string manifest, string source)
    {
        if (!manifest.StartsWith(Header, StringComparison.Ordinal))
        {
            throw Damaged(source, "it does not start with '" + Header.TrimEnd() + "'");
        }

        var definitions = new List<ManifestDefinition>();
        var position = Header.Length;
        while (position < manifest.Length)
        {
            var (definition, count) = NamedNumber(manifest, ref position, source, "'<definition> <payload count>'");
            var payloads = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var start = position;
                var (name, length) = NamedNumber(manifest, ref position, source, "'<name> <length>', that much content and a line break");
                if (length > manifest.Length - position - 1 || manifest[position + length] != '\n')
                {
                    throw EntryDamaged(source, start, "'<name> <length>', that much content and a line break");
                }

                payloads[name] = manifest.Substring(position, length);
                position += length + 1;
            }

            definitions.Add(new ManifestDefinition(definition, payloads));
        }

        return definitions;
    }

    /// <summary>Reads the line <c>&lt;name&gt; &lt;number&gt;</c> at <paramref name="position"/> and moves past it.</summary>
    private static (string Name, int Number) NamedNumber(string manifest, ref int position, string source, string expected)
    {
        var lineEnd = manifest.IndexOf('\n', position);
        var separator = lineEnd < 0 ? -1 : manifest.LastIndexOf(' ', lineEnd, lineEnd - position);
        if (separator <= position
            || !int.TryParse(manifest.Substring(separator + 1, lineEnd - separator - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw EntryDamaged(source, position, expected);
        }

        var name = manifest.Substring(position, separator - position);
        position = lineEnd + 1;
        return (name, number);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static InvalidDataException EntryDamaged(string source, int position, string expected) =>
        Damaged(source, "the entry at character " + Number(position) + " is not " + expected);

    private static InvalidDataException Damaged(string source, string why) =>
        new($"{source} is marked [EmrArtifacts] but is not an EmrDsl artifact manifest: {why}; rebuild with the matching EmrDsl version.");
}

/// <summary>One definition in a manifest: its full name (<c>Acme.Pipelines.NightlyEtl</c>) and its payloads by constant name.</summary>
internal sealed record ManifestDefinition(string Name, Dictionary<string, string> Payloads);
