using System;
using System.IO;
using System.Linq;
using EmrDsl.Artifacts;
using Xunit;

namespace EmrDsl.Build.Tests;

public sealed class ArtifactWriterTests
{
    private static readonly Artifact Etl = new("etl.runjobflow.json", "{\"Name\": \"etl\"}\n", "P.EtlArtifacts");
    private static readonly Artifact Adhoc = new("adhoc.runjobflow.json", "{\"Name\": \"adhoc\"}\n", "P.AdhocArtifacts");

    [Fact]
    public void Writes_exact_content_without_a_byte_order_mark()
    {
        using var dir = new TemporaryDirectory();

        var results = ArtifactWriter.Write(new[] { Etl }, dir.Path);

        Assert.Equal(ArtifactFileState.Written, Assert.Single(results).State);
        Assert.Equal(Etl.Content, File.ReadAllText(dir.File(Etl.FileName)));
        Assert.Equal((byte)'{', File.ReadAllBytes(dir.File(Etl.FileName))[0]);
    }

    [Fact]
    public void Leaves_unchanged_files_untouched()
    {
        using var dir = new TemporaryDirectory();
        ArtifactWriter.Write(new[] { Etl }, dir.Path);
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(dir.File(Etl.FileName), stamp);

        var results = ArtifactWriter.Write(new[] { Etl }, dir.Path);

        Assert.Equal(ArtifactFileState.Unchanged, Assert.Single(results).State);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(dir.File(Etl.FileName)));
    }

    [Fact]
    public void Rewrites_changed_files_and_removes_ones_no_longer_produced_but_not_foreign_files()
    {
        using var dir = new TemporaryDirectory();
        ArtifactWriter.Write(new[] { Etl, Adhoc }, dir.Path);
        File.WriteAllText(dir.File("notes.txt"), "mine");
        var changed = Etl with { Content = "{\"Name\": \"etl-v2\"}\n" };

        var results = ArtifactWriter.Write(new[] { changed }, dir.Path);

        Assert.Equal(
            new[] { (Etl.FileName, ArtifactFileState.Written), (Adhoc.FileName, ArtifactFileState.Deleted) },
            results.Select(r => (Path.GetFileName(r.Path), r.State)));
        Assert.Equal(changed.Content, File.ReadAllText(dir.File(Etl.FileName)));
        Assert.False(File.Exists(dir.File(Adhoc.FileName)));
        Assert.True(File.Exists(dir.File("notes.txt")));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp-*"));
    }

    [Fact]
    public void Refuses_two_definitions_writing_the_same_file_and_names_both()
    {
        using var dir = new TemporaryDirectory();
        var twin = Adhoc with { FileName = Etl.FileName.ToUpperInvariant() };

        var error = Assert.Throws<InvalidOperationException>(() => ArtifactWriter.Write(new[] { Etl, twin }, dir.Path));

        Assert.Contains("P.EtlArtifacts and P.AdhocArtifacts", error.Message);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }
}
