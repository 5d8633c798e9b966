using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Serverless.Model;
using EmrDsl.Testing;
using EmrDsl.Wire;
using Xunit;

namespace EmrDsl.Tests.Wire;

/// <summary>Every real RunJobFlow, AddJobFlowSteps and EMR Serverless request reads into the model without loss and writes back to the same JSON.</summary>
public sealed class CorpusRoundTripTests
{
    public static IEnumerable<object[]> RunJobFlowFiles() => Corpus.Rows(Corpus.RunJobFlow);

    public static IEnumerable<object[]> AddJobFlowStepsFiles() => Corpus.Rows(Corpus.AddJobFlowSteps);

    public static IEnumerable<object[]> ServerlessFiles() => Corpus.Rows(Corpus.Serverless);

    [Theory]
    [MemberData(nameof(RunJobFlowFiles))]
    public void Corpus_request_reads_and_writes_back_unchanged(string file)
    {
        var original = JsonParser.Parse(Corpus.Text(Corpus.RunJobFlow, file));
        var reader = new WireReader();

        var spec = ClusterSpec.Shape.Read(original, reader, string.Empty);

        Assert.Empty(reader.Errors);
        Assert.Equal(JsonSemantics.Normalize(original), JsonSemantics.Normalize(ClusterSpec.Shape.Write(spec)));
    }

    [Theory]
    [MemberData(nameof(AddJobFlowStepsFiles))]
    public void Corpus_steps_read_and_write_back_unchanged(string file)
    {
        var original = (JsonObject)JsonParser.Parse(Corpus.Text(Corpus.AddJobFlowSteps, file));
        var steps = Assert.IsType<JsonArray>(original["Steps"]);
        var reader = new WireReader();

        var written = steps.Items.Select((step, i) => (JsonValue)StepSpec.Shape.Write(StepSpec.Shape.Read(step, reader, WirePath.Index("Steps", i)))).ToList();

        Assert.Empty(reader.Errors);
        Assert.NotEmpty(written);
        Assert.Equal(JsonSemantics.Normalize(steps), JsonSemantics.Normalize(new JsonArray(written)));
    }

    [Theory]
    [MemberData(nameof(ServerlessFiles))]
    public void Corpus_serverless_request_reads_and_writes_back_unchanged(string file)
    {
        var original = JsonParser.Parse(Corpus.Text(Corpus.Serverless, file));
        var reader = new WireReader();

        var written = Corpus.IsStartJobRun(file)
            ? ServerlessJobRunSpec.Shape.Write(ServerlessJobRunSpec.Shape.Read(original, reader, string.Empty))
            : ServerlessApplicationSpec.Shape.Write(ServerlessApplicationSpec.Shape.Read(original, reader, string.Empty));

        Assert.Empty(reader.Errors);
        Assert.Equal(JsonSemantics.Normalize(original), JsonSemantics.Normalize(written));
    }
}
