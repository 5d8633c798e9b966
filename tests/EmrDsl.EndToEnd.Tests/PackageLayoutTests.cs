using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.EndToEnd.Tests;

/// <summary>What `dotnet pack` puts in the package users install.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PackageLayoutTests(EndToEndWorkspace workspace)
{
    [Fact]
    public void The_package_holds_the_runtime_the_generator_the_analyzers_the_build_files_and_the_task()
    {
        using var package = ZipFile.OpenRead(workspace.Package);
        var files = package.Entries.Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/") && !name.StartsWith("package/") && name != "[Content_Types].xml" && !name.EndsWith(".nuspec"))
            .Order(System.StringComparer.Ordinal);

        Assert.Equal(
            new[]
            {
                "analyzers/dotnet/cs/EmrDsl.Analyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/EmrDsl.Analyzers.dll",
                "analyzers/dotnet/cs/EmrDsl.Generators.dll",
                "build/EmrDsl.props",
                "build/EmrDsl.targets",
                "buildTransitive/EmrDsl.props",
                "buildTransitive/EmrDsl.targets",
                "lib/netstandard2.0/EmrDsl.dll",
                "readytorun/linux-x64/EmrDsl.Analyzers.CodeFixes.dll",
                "readytorun/linux-x64/EmrDsl.Analyzers.dll",
                "readytorun/linux-x64/EmrDsl.Generators.dll",
                "tasks/netstandard2.0/EmrDsl.Artifacts.dll",
                "tasks/netstandard2.0/EmrDsl.Build.dll",
            },
            files);
    }

    [Theory]
    [InlineData("EmrDsl.Generators.dll")]
    [InlineData("EmrDsl.Analyzers.dll")]
    [InlineData("EmrDsl.Analyzers.CodeFixes.dll")]
    public void Each_ReadyToRun_image_is_its_IL_copy_compiled_for_linux_x64(string component)
    {
        using var package = ZipFile.OpenRead(workspace.Package);
        using var il = Read(package, "analyzers/dotnet/cs/" + component);
        using var image = Read(package, "readytorun/linux-x64/" + component);

        Assert.False(il.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "the IL copy holds precompiled code");
        Assert.True(image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "the image holds no precompiled code");
        // crossgen2 marks an image for Linux by XOR-ing the machine with 0x7B79.
        Assert.Equal((Machine)((ushort)Machine.Amd64 ^ 0x7B79), image.PEHeaders.CoffHeader.Machine);
        Assert.Equal(Mvid(il), Mvid(image));
    }

    [Fact]
    public void The_package_depends_on_nothing()
    {
        var elements = Nuspec().Descendants().Select(e => e.Name.LocalName).ToList();

        Assert.Contains("dependencies", elements);
        Assert.DoesNotContain("dependency", elements);
    }

    [Fact]
    public void The_package_version_is_the_repository_version()
    {
        var repositoryVersion = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props")).Descendants("Version").Single().Value;

        Assert.Equal(repositoryVersion, workspace.Version);
        Assert.Equal(repositoryVersion, Nuspec().Descendants().Single(e => e.Name.LocalName == "version").Value);
    }

    [Fact]
    public void The_package_names_the_repository_its_help_links_point_into()
    {
        var repository = Nuspec().Descendants().Single(e => e.Name.LocalName == "repository");

        Assert.Equal(RepositoryLinks.RepositoryUrl, repository.Attribute("url")?.Value);
    }

    private static PEReader Read(ZipArchive package, string path)
    {
        using var stream = package.GetEntry(path)!.Open();
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return new PEReader(System.Collections.Immutable.ImmutableArray.Create(bytes.ToArray()));
    }

    private static System.Guid Mvid(PEReader reader)
    {
        var metadata = reader.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    private XDocument Nuspec()
    {
        using var package = ZipFile.OpenRead(workspace.Package);
        using var stream = package.Entries.Single(e => e.FullName == "EmrDsl.nuspec").Open();
        return XDocument.Load(stream);
    }
}
