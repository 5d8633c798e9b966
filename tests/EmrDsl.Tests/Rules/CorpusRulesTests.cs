using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Rules;
using EmrDsl.Testing;
using EmrDsl.Wire;
using Xunit;

namespace EmrDsl.Tests.Rules;

/// <summary>Every real RunJobFlow request passes the API checks (EMR010); the other findings are snapshotted.</summary>
public sealed class CorpusRulesTests
{
    public static IEnumerable<object[]> RunJobFlowFiles() =>
        Directory.GetFiles(RepoPaths.SharedFile("corpus", "runjobflow"), "*.json").OrderBy(f => f).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(RunJobFlowFiles))]
    public void Corpus_request_has_no_api_errors_and_stable_findings(string file)
    {
        var json = JsonParser.Parse(File.ReadAllText(Path.Combine(RepoPaths.SharedFile("corpus", "runjobflow"), file)));
        var reader = new WireReader();
        var spec = ClusterSpec.Shape.Read(json, reader, string.Empty);
        Assert.Empty(reader.Errors);

        var findings = RuleSet.Run(spec);

        Assert.DoesNotContain(findings, f => f.Id == RuleIds.RejectedByApi);
        var summary = new StringBuilder();
        foreach (var finding in findings)
        {
            summary.Append(finding).Append('\n');
        }

        Snapshot.Match(summary.ToString(), Path.GetFileNameWithoutExtension(file) + ".findings.txt");
    }
}
