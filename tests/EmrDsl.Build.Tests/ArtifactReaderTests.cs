using System.IO;
using System.Linq;
using EmrDsl.Artifacts;
using Xunit;

namespace EmrDsl.Build.Tests;

public sealed class ArtifactReaderTests
{
    [Fact]
    public void Reads_marked_classes_constants_as_files_in_kind_order()
    {
        var artifacts = ArtifactReader.Read(typeof(ArtifactReaderTests).Assembly.Location);

        Assert.Equal(new[] { "nightly-etl.runjobflow.json", "nightly-etl.tf.json" }, artifacts.Select(a => a.FileName));
        Assert.Equal(FixturePipelines.NightlyArtifacts.RunJobFlowJson, artifacts[0].Content);
        Assert.Equal("EmrDsl.Build.Tests.FixturePipelines.NightlyArtifacts", artifacts[0].Source);
    }

    [Fact]
    public void Rejects_a_file_that_is_not_an_assembly()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "not a PE file");
        try
        {
            Assert.ThrowsAny<System.BadImageFormatException>(() => ArtifactReader.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
