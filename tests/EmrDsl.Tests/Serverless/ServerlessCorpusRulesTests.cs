using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmrDsl.Json;
using EmrDsl.Rules;
using EmrDsl.Serverless.Model;
using EmrDsl.Testing;
using EmrDsl.Validation;
using EmrDsl.Wire;
using Xunit;

namespace EmrDsl.Tests.Serverless;

/// <summary>Every real EMR Serverless request reads without a wire error and within the API's limits; its rule findings are snapshotted.</summary>
public sealed class ServerlessCorpusRulesTests
{
    public static IEnumerable<object[]> Files() => Corpus.Rows(Corpus.Serverless);

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_request_is_within_the_api_limits_and_has_stable_findings(string file)
    {
        var json = JsonParser.Parse(Corpus.Text(Corpus.Serverless, file));
        var reader = new WireReader();
        IReadOnlyList<WireError> limits;
        IReadOnlyList<Finding> findings;
        if (Corpus.IsStartJobRun(file))
        {
            var run = ServerlessJobRunSpec.Shape.Read(json, reader, string.Empty);
            limits = ApiLimits.Violations(ServerlessJobRunSpec.Shape, run);
            findings = ServerlessRuleSet.RunJobRun(run);
        }
        else
        {
            var application = ServerlessApplicationSpec.Shape.Read(json, reader, string.Empty);
            limits = ApiLimits.Violations(ServerlessApplicationSpec.Shape, application);
            findings = ServerlessRuleSet.RunApplication(application);
        }

        Assert.Empty(reader.Errors);
        Assert.Empty(limits);
        Snapshot.Match(string.Concat(findings.Select(f => f + "\n")), Path.GetFileNameWithoutExtension(file) + ".findings.txt");
    }
}
