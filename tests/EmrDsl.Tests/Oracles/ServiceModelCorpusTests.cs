using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmrDsl.Testing;
using EmrDsl.Testing.Oracles;
using Xunit;

namespace EmrDsl.Tests.Oracles;

/// <summary>The corpus holds real, accepted requests: the validator must find nothing wrong with any of them.</summary>
public sealed class ServiceModelCorpusTests
{
    public static IEnumerable<object[]> Files() =>
        new[] { ("runjobflow", "RunJobFlowInput"), ("addjobflowsteps", "AddJobFlowStepsInput") }
            .SelectMany(corpus => Directory.GetFiles(RepoPaths.OracleFile("corpus", corpus.Item1), "*.json")
                .OrderBy(f => f, System.StringComparer.Ordinal)
                .Select(f => new object[] { corpus.Item1, Path.GetFileName(f), corpus.Item2 }));

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_request_is_valid(string corpus, string file, string shape)
    {
        var json = File.ReadAllText(Path.Combine(RepoPaths.OracleFile("corpus", corpus), file));

        Assert.Empty(ServiceModel.Emr.Validate(json, shape));
    }

    [Fact]
    public void Both_corpora_are_present()
    {
        Assert.Contains(Files(), row => (string)row[0] == "runjobflow");
        Assert.Contains(Files(), row => (string)row[0] == "addjobflowsteps");
    }
}
