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

/// <summary>Every real RunJobFlow request passes the API checks (EMR010), but the few listed here; the other findings are snapshotted.</summary>
public sealed class CorpusRulesTests
{
    /// <summary>Corpus requests the API rejects after all, each with why its source never found out.</summary>
    private static readonly Dictionary<string, string> KnownRejections = new(System.StringComparer.Ordinal)
    {
        ["012-cdk-sfn-prioritized-ondemand-fleet.json"] =
            "it has a CORE instance fleet and no MASTER one; the CDK integration test deploys the state machine without running it, so EMR never received the request",
    };

    public static IEnumerable<object[]> RunJobFlowFiles() => Corpus.Rows(Corpus.RunJobFlow);

    [Theory]
    [MemberData(nameof(RunJobFlowFiles))]
    public void Corpus_request_has_no_api_errors_and_stable_findings(string file)
    {
        var json = JsonParser.Parse(Corpus.Text(Corpus.RunJobFlow, file));
        var reader = new WireReader();
        var spec = ClusterSpec.Shape.Read(json, reader, string.Empty);
        Assert.Empty(reader.Errors);

        var findings = RuleSet.Run(spec);

        if (KnownRejections.TryGetValue(file, out var why))
        {
            Assert.True(findings.Any(f => f.Id == RuleIds.RejectedByApi), $"{file} is listed as rejected by the API ({why}), but EMR010 no longer reports it.");
        }
        else
        {
            Assert.DoesNotContain(findings, f => f.Id == RuleIds.RejectedByApi);
        }

        var summary = new StringBuilder();
        foreach (var finding in findings)
        {
            summary.Append(finding).Append('\n');
        }

        Snapshot.Match(summary.ToString(), Path.GetFileNameWithoutExtension(file) + ".findings.txt");
    }
}
