using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using EmrDsl.Cli.Payloads;
using EmrDsl.Rules;

namespace EmrDsl.Cli.Lint;

/// <summary>
/// Findings as a SARIF 2.1.0 log (the format GitHub code scanning and Azure DevOps read): one run, the whole
/// rule set that ran (cluster or Serverless) as the tool's rules, one result per finding located at the payload file, the
/// region of the member its JSON path names, and that path.
/// </summary>
internal static class SarifLog
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Write(PayloadFile file, IReadOnlyList<Finding> findings, IReadOnlyList<Rule> rules)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            WriteArtifacts(json, file.Path);
            WriteResults(json, file, findings, rules);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<Rule> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "emrdsl");
        json.WriteString("informationUri", "https://github.com/emrdsl/emrdsl");
        json.WriteString("version", typeof(SarifLog).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", RuleName(rule));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLink);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category.ToString());
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifacts(Utf8JsonWriter json, string artifactPath)
    {
        json.WriteStartArray("artifacts");
        json.WriteStartObject();
        WriteArtifactLocation(json, "location", artifactPath);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResults(Utf8JsonWriter json, PayloadFile file, IReadOnlyList<Finding> findings, IReadOnlyList<Rule> rules)
    {
        json.WriteStartArray("results");
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Id);
            var index = rules.Select(r => r.Id).ToList().IndexOf(finding.Id);
            if (index >= 0)
            {
                json.WriteNumber("ruleIndex", index);
            }

            json.WriteString("level", Level(finding.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", finding.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            WriteArtifactLocation(json, "artifactLocation", file.Path);
            WriteRegion(json, file.Regions.Of(finding.Path));
            json.WriteEndObject();
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", EmrDsl.Wire.WirePath.Display(finding.Path));
            json.WriteString("kind", "member");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>An artifact names its file under <c>location</c>, a result's physical location under <c>artifactLocation</c>.</summary>
    private static void WriteArtifactLocation(Utf8JsonWriter json, string propertyName, string artifactPath)
    {
        json.WriteStartObject(propertyName);
        json.WriteString("uri", ArtifactUri(artifactPath));
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, TextRegion region)
    {
        json.WriteStartObject("region");
        json.WriteNumber("startLine", region.StartLine);
        json.WriteNumber("startColumn", region.StartColumn);
        json.WriteNumber("endLine", region.EndLine);
        json.WriteNumber("endColumn", region.EndColumn);
        json.WriteEndObject();
    }

    /// <summary>A relative path stays relative (SARIF viewers resolve it against the checkout); others become file URIs.</summary>
    private static string ArtifactUri(string path) =>
        Path.IsPathRooted(path) ? new Uri(Path.GetFullPath(path)).AbsoluteUri : path.Replace('\\', '/');

    /// <summary>The rule's class name without its suffix (<c>SpotCoreNodes</c>): SARIF's readable, stable rule name.</summary>
    private static string RuleName(Rule rule)
    {
        var name = rule.GetType().Name;
        return name.EndsWith("Rule", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Rule".Length) : name;
    }

    private static string Level(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };
}
