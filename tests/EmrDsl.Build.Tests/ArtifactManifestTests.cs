using System.Collections.Generic;
using System.IO;
using EmrDsl.Artifacts;
using Xunit;

namespace EmrDsl.Build.Tests;

public sealed class ArtifactManifestTests
{
    [Fact]
    public void Any_content_reads_back_exactly_as_written()
    {
        var payloads = new Dictionary<string, string>
        {
            ["FileName"] = "nightly",
            ["RunJobFlowJson"] = "{\n  \"Name\": \"a b\\n\"\n}\n",
            ["TerraformJson"] = "ends with 42\nRunJobFlowJson 3\n\0\r\n\u2028",
            ["Empty"] = string.Empty,
        };

        Assert.Equal(payloads, ArtifactManifest.Read(ArtifactManifest.Write(payloads), "T.X"));
    }

    [Theory]
    [InlineData("", "it does not start with 'emrdsl-artifacts 1'")]
    [InlineData("emrdsl-artifacts 2\nFileName 1\nx\n", "it does not start with 'emrdsl-artifacts 1'")]
    [InlineData("emrdsl-artifacts 1\nFileName 5\nx\n", "the entry at character 19 is not '<name> <length>', that much content and a line break")]
    [InlineData("emrdsl-artifacts 1\nFileName x\nx\n", "the entry at character 19 is not '<name> <length>', that much content and a line break")]
    [InlineData("emrdsl-artifacts 1\nFileName 1\nxy", "the entry at character 19 is not '<name> <length>', that much content and a line break")]
    [InlineData("emrdsl-artifacts 1\nFileName", "the entry at character 19 is not '<name> <length>', that much content and a line break")]
    [InlineData("emrdsl-artifacts 1\n 1\nx\n", "the entry at character 19 is not '<name> <length>', that much content and a line break")]
    public void A_damaged_manifest_names_its_constant_and_what_is_wrong(string manifest, string why)
    {
        var error = Assert.Throws<InvalidDataException>(() => ArtifactManifest.Read(manifest, "Acme.Pipelines.NightlyArtifacts"));

        Assert.Equal($"Acme.Pipelines.NightlyArtifacts is marked [EmrArtifacts] but is not an EmrDsl artifact manifest: {why}; rebuild with the matching EmrDsl version.", error.Message);
    }
}
