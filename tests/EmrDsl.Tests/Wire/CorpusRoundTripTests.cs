using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Testing;
using EmrDsl.Wire;
using Xunit;

namespace EmrDsl.Tests.Wire;

/// <summary>Every real RunJobFlow request reads into the model without loss and writes back to the same JSON.</summary>
public sealed class CorpusRoundTripTests
{
    public static IEnumerable<object[]> RunJobFlowFiles() =>
        Directory.GetFiles(RepoPaths.SharedFile("corpus", "runjobflow"), "*.json").OrderBy(f => f).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(RunJobFlowFiles))]
    public void Corpus_request_reads_and_writes_back_unchanged(string file)
    {
        var original = JsonParser.Parse(File.ReadAllText(Path.Combine(RepoPaths.SharedFile("corpus", "runjobflow"), file)));
        var reader = new WireReader();

        var spec = ClusterSpec.Shape.Read(original, reader, string.Empty);

        Assert.Empty(reader.Errors);
        Assert.Equal(JsonSemantics.Normalize(original), JsonSemantics.Normalize(ClusterSpec.Shape.Write(spec)));
    }
}
