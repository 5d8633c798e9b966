using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmrDsl.Artifacts;
using Xunit;

namespace EmrDsl.Build.Tests;

public sealed class ArtifactManifestTests
{
    [Fact]
    public void Any_content_reads_back_exactly_as_written_for_each_definition()
    {
        var nightly = new Dictionary<string, string>
        {
            ["FileName"] = "nightly",
            ["RunJobFlowJson"] = "{\n  \"Name\": \"a b\\n\"\n}\n",
            ["TerraformJson"] = "ends with 42\nRunJobFlowJson 3\n\0\r\n\u2028",
            ["Empty"] = string.Empty,
        };
        var weekly = new Dictionary<string, string> { ["FileName"] = "Acme.Pipelines.Nightly 4\n" };
        var none = new Dictionary<string, string>();

        var manifest = ArtifactManifest.Header
            + ArtifactManifest.Entry("Acme.Pipelines.Nightly", nightly)
            + ArtifactManifest.Entry("Acme.Outer.Inner.Weekly", weekly)
            + ArtifactManifest.Entry("Acme.Pipelines.Empty", none);
        var read = ArtifactManifest.Read(manifest, "T.X");

        Assert.Equal(new[] { "Acme.Pipelines.Nightly", "Acme.Outer.Inner.Weekly", "Acme.Pipelines.Empty" }, read.Select(d => d.Name));
        Assert.Equal(nightly, read[0].Payloads);
        Assert.Equal(weekly, read[1].Payloads);
        Assert.Empty(read[2].Payloads);
    }

    [Fact]
    public void A_manifest_without_definitions_reads_as_none()
    {
        Assert.Empty(ArtifactManifest.Read(ArtifactManifest.Header, "T.X"));
    }

    [Theory]
    [InlineData("", "it does not start with 'emrdsl-artifacts 2'")]
    [InlineData("emrdsl-artifacts 1\nFileName 1\nx\n", "it does not start with 'emrdsl-artifacts 2'")]
    [InlineData("emrdsl-artifacts 2\nA.B x\n", "the entry at character 19 is not '<definition> <payload count>'")]
    [InlineData("emrdsl-artifacts 2\nA.B", "the entry at character 19 is not '<definition> <payload count>'")]
    [InlineData("emrdsl-artifacts 2\nA.B 2\nFileName 1\nx\n", "the entry at character 38 is not '<name> <length>', that much content and a line break")]
    [InlineData("emrdsl-artifacts 2\nA.B 1\nFileName 5\nx\n", "the entry at character 25 is not '<name> <length>', that much content and a line break")]
    [InlineData("emrdsl-artifacts 2\nA.B 1\nFileName x\nx\n", "the entry at character 25 is not '<name> <length>', that much content and a line break")]
    [InlineData("emrdsl-artifacts 2\nA.B 1\nFileName 1\nxy", "the entry at character 25 is not '<name> <length>', that much content and a line break")]
    [InlineData("emrdsl-artifacts 2\nA.B 1\nFileName", "the entry at character 25 is not '<name> <length>', that much content and a line break")]
    [InlineData("emrdsl-artifacts 2\nA.B 1\n 1\nx\n", "the entry at character 25 is not '<name> <length>', that much content and a line break")]
    public void A_damaged_manifest_names_its_constant_and_what_is_wrong(string manifest, string why)
    {
        var error = Assert.Throws<InvalidDataException>(() => ArtifactManifest.Read(manifest, "Acme.Pipelines.NightlyArtifacts"));

        Assert.Equal($"Acme.Pipelines.NightlyArtifacts is marked [EmrArtifacts] but is not an EmrDsl artifact manifest: {why}; rebuild with the matching EmrDsl version.", error.Message);
    }
}
