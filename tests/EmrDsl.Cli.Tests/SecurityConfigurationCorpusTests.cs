using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Cli.Tests;

/// <summary>
/// Every real security configuration document (corpus/securityconfiguration; some odd as published: a quoted switch,
/// SSE-KMS without a key, an empty or unknown provider type) is read, validated and linted, text and SARIF, with
/// approved findings; none crashes.
/// </summary>
public sealed class SecurityConfigurationCorpusTests
{
    [Theory]
    [MemberData(nameof(CorpusFiles.SecurityConfiguration), MemberType = typeof(CorpusFiles))]
    public void Validate_and_lint_give_approved_findings_with_their_regions(string name)
    {
        var path = CorpusFiles.SecurityConfigurationPath(name);

        var validate = CliRun.Of("validate", path);
        var lint = CliRun.Of("lint", path);
        var sarif = CliRun.Of("lint", path, "--format", "sarif");

        Assert.Equal((string.Empty, string.Empty, string.Empty), (validate.Error, lint.Error, sarif.Error));
        Assert.Equal(validate.ExitCode, lint.Output.Contains(" error: ", System.StringComparison.Ordinal) ? 1 : 0);
        Assert.Equal(lint.ExitCode, sarif.ExitCode);
        var report = new StringBuilder()
            .AppendLine("validate:").Append(validate.Output)
            .AppendLine("lint:").Append(lint.Output)
            .AppendLine("sarif regions:").Append(Regions(sarif.Output, File.ReadAllLines(path)));
        Snapshot.Match(report.ToString().Replace(path, name), Path.ChangeExtension(name, ".txt"));
    }

    /// <summary>Each SARIF result as its rule, region and the text the region starts with, so a reviewer sees where it points.</summary>
    private static string Regions(string sarif, string[] lines)
    {
        using var log = JsonDocument.Parse(sarif);
        var text = new StringBuilder();
        foreach (var result in log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            var (line, column) = (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32());
            var start = lines[line - 1].Substring(column - 1);
            text.Append($"{result.GetProperty("ruleId").GetString()} {line}:{column}-{region.GetProperty("endLine").GetInt32()}:{region.GetProperty("endColumn").GetInt32()} ")
                .AppendLine(start.Length > 60 ? start.Substring(0, 60) : start);
        }

        return text.ToString();
    }
}
