using System.IO;
using System.Linq;
using EmrDsl.Artifacts;
using Xunit;

namespace EmrDsl.Build.Tests;

public sealed class ArtifactReaderTests
{
    [Fact]
    public void Reads_each_definition_of_marked_manifest_constants_and_classes_as_files_in_kind_order()
    {
        var artifacts = ArtifactReader.Read(typeof(ArtifactReaderTests).Assembly.Location);

        Assert.Equal(new[] { "weekly.runjobflow.json", "monthly.runjobflow.json", "nightly-etl.runjobflow.json", "nightly-etl.tf.json" }, artifacts.Select(a => a.FileName));
        var weekly = Assert.Single(artifacts, a => a.FileName == "weekly.runjobflow.json");
        Assert.Equal("{\"Name\": \"w\"}", weekly.Content);
        Assert.Equal("Acme.Pipelines.Weekly", weekly.Source);
        Assert.Equal("Acme.Pipelines.Monthly", Assert.Single(artifacts, a => a.FileName == "monthly.runjobflow.json").Source);
        var nightly = Assert.Single(artifacts, a => a.FileName == "nightly-etl.runjobflow.json");
        Assert.Equal(FixturePipelines.NightlyArtifacts.RunJobFlowJson, nightly.Content);
        Assert.Equal("EmrDsl.Build.Tests.FixturePipelines.NightlyArtifacts", nightly.Source);
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
