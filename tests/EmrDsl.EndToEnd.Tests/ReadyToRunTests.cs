using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace EmrDsl.EndToEnd.Tests;

/// <summary>
/// The package's ReadyToRun images (readytorun/linux-x64): chosen by its targets for builds whose compiler runs on .NET 10
/// on linux-x64, the IL-only copies everywhere else, in an editor and on request, and really run by the compiler when chosen.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ReadyToRunTests(EndToEndWorkspace workspace)
{
    private const string ImagesFolder = "readytorun/linux-x64/";
    private const string IlFolder = "analyzers/dotnet/cs/";

    [Fact]
    public void The_compiler_gets_the_images_only_on_a_dotnet_10_linux_x64_host_never_in_an_editor_and_never_when_the_project_opts_out()
    {
        var project = ConsumerProject.Create(workspace, "ChosenComponents", "Pipelines.cs.txt");
        Assert.True(project.BuildWith().ExitCode == 0);

        var chosen = Query(project);
        var editor = Query(project, "DesignTimeBuild=true");
        var optedOut = Query(project, "EmrDslReadyToRun=false");

        var expected = chosen.Host is ("linux-x64", "10.0") ? ImagesFolder : IlFolder;
        Assert.Equal(ComponentPaths(expected), chosen.EmrDslAnalyzers);
        Assert.Equal(ComponentPaths(IlFolder), editor.EmrDslAnalyzers);
        Assert.Equal(ComponentPaths(IlFolder), optedOut.EmrDslAnalyzers);
    }

    [Fact]
    public void Where_chosen_the_compiler_runs_the_images_code_and_writes_the_same_artifacts()
    {
        var images = Build("WithImages");
        var il = Build("WithIl", "EmrDslReadyToRun=false");

        if (Query(images.Project).EmrDslAnalyzers.All(path => path.StartsWith(IlFolder, StringComparison.Ordinal)))
        {
            // Not a host the images are for: both builds ran the IL, which the other end-to-end tests cover.
            return;
        }

        // The JIT compiles what an image does not hold: with the images only a few generic instantiations and methods
        // whose precompiled code the runtime rejected (their Roslyn types changed since 4.8); without them, hundreds.
        Assert.True(images.GeneratorMethodsJitted * 4 < il.GeneratorMethodsJitted, $"methods of the generator compiled by the JIT: {images.GeneratorMethodsJitted} with the images, {il.GeneratorMethodsJitted} without");
        var written = Directory.GetFiles(images.Project.DefaultArtifactsDirectory).Select(Path.GetFileName).Order().ToList();
        Assert.NotEmpty(written);
        Assert.Equal(written, Directory.GetFiles(il.Project.DefaultArtifactsDirectory).Select(Path.GetFileName).Order());
        Assert.All(written, name => Assert.Equal(
            File.ReadAllBytes(Path.Combine(il.Project.DefaultArtifactsDirectory, name!)),
            File.ReadAllBytes(Path.Combine(images.Project.DefaultArtifactsDirectory, name!))));
    }

    private static IEnumerable<string> ComponentPaths(string folder) =>
        new[] { "EmrDsl.Analyzers.CodeFixes.dll", "EmrDsl.Analyzers.dll", "EmrDsl.Generators.dll" }.Select(name => folder + name);

    /// <summary>A clean build in a fresh compiler process, every method the JIT compiles in its processes listed.</summary>
    private (ConsumerProject Project, int GeneratorMethodsJitted) Build(string name, params string[] properties)
    {
        var project = ConsumerProject.Create(workspace, name, "Pipelines.cs.txt");
        var list = Path.Combine(project.Directory, "jitted.txt");
        var jitList = new Dictionary<string, string> { ["DOTNET_JitDisasmSummary"] = "1", ["DOTNET_JitStdOutFile"] = list };
        var build = project.BuildWith(jitList, properties);
        Assert.True(build.ExitCode == 0, build.ToString());
        var generatorMethods = File.ReadLines(list).Count(line => line.Contains("JIT compiled EmrDsl.Generators.", StringComparison.Ordinal));
        return (project, generatorMethods);
    }

    /// <summary>The analyzer items the compiler would get, and the host properties the package's targets choose by.</summary>
    private AnalyzerQuery Query(ConsumerProject project, params string[] properties)
    {
        var result = project.Run(
            "msbuild -t:ResolveLockFileAnalyzers -getItem:Analyzer -getProperty:NETCoreSdkRuntimeIdentifier -getProperty:BundledNETCoreAppTargetFrameworkVersion",
            properties);
        Assert.True(result.ExitCode == 0, result.ToString());
        var json = JsonDocument.Parse(result.Output[result.Output.IndexOf('{')..]).RootElement;
        var packageRoot = Path.Combine(workspace.Environment["NUGET_PACKAGES"], EndToEndWorkspace.PackageId.ToLowerInvariant(), workspace.Version);
        var emrDslAnalyzers = json.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
            .Select(item => item.GetProperty("FullPath").GetString()!)
            .Where(path => path.StartsWith(packageRoot, StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(packageRoot, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var host = (json.GetProperty("Properties").GetProperty("NETCoreSdkRuntimeIdentifier").GetString(),
            json.GetProperty("Properties").GetProperty("BundledNETCoreAppTargetFrameworkVersion").GetString());
        return new AnalyzerQuery(host, emrDslAnalyzers);
    }

    /// <summary>The SDK's runtime identifier and .NET version, and the package's analyzer items as paths inside the package.</summary>
    private sealed record AnalyzerQuery((string? Rid, string? Runtime) Host, IReadOnlyList<string> EmrDslAnalyzers);
}
