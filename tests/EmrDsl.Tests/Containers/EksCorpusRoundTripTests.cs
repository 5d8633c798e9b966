using System.Collections.Generic;
using System.Linq;
using EmrDsl.Containers.Model;
using EmrDsl.Json;
using EmrDsl.Testing;
using EmrDsl.Wire;
using Xunit;

namespace EmrDsl.Tests.Containers;

/// <summary>Every real EMR on EKS StartJobRun request reads through the wire shapes without loss and writes back to the same JSON.</summary>
public sealed class EksCorpusRoundTripTests
{
    public static IEnumerable<object[]> StartJobRunFiles() =>
        Corpus.Names(Corpus.EmrContainers).Where(name => name.StartsWith("sjr-", System.StringComparison.Ordinal)).Select(name => new object[] { name });

    [Fact]
    public void The_corpus_has_start_job_run_requests()
    {
        Assert.NotEmpty(StartJobRunFiles());
    }

    [Theory]
    [MemberData(nameof(StartJobRunFiles))]
    public void Corpus_start_job_run_reads_and_writes_back_unchanged(string file)
    {
        var text = Corpus.Text(Corpus.EmrContainers, file);
        PayloadOracle.AssertValid(text, PayloadKind.EksStartJobRun);
        var original = JsonParser.Parse(text);
        var reader = new WireReader();

        var written = EksJobRunSpec.Shape.Write(EksJobRunSpec.Shape.Read(original, reader, string.Empty));

        Assert.Empty(reader.Errors);
        Assert.Equal(JsonSemantics.Normalize(original), JsonSemantics.Normalize(written));
        PayloadOracle.AssertValid(JsonText.Write(written), PayloadKind.EksStartJobRun);
    }
}
