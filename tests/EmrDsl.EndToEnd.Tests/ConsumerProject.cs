using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EmrDsl.EndToEnd.Tests;

/// <summary>
/// A fresh user project in the workspace: a csproj referencing EmrDsl by version, a NuGet.config with the local
/// feed and the public registry, and one definitions file.
/// </summary>
public sealed class ConsumerProject
{
    private const string TargetFramework = "net10.0";

    private readonly EndToEndWorkspace workspace;

    private ConsumerProject(EndToEndWorkspace workspace, string name, string sourceName)
    {
        this.workspace = workspace;
        Name = name;
        Directory = System.IO.Directory.CreateDirectory(Path.Combine(workspace.Root, "projects", name)).FullName;
        SourcePath = Path.Combine(Directory, sourceName);
    }

    public string Name { get; }

    public string Directory { get; }

    /// <summary>The definitions file, as the compiler sees it.</summary>
    public string SourcePath { get; }

    public string OutputDirectory => Path.Combine(Directory, "bin", "Debug", TargetFramework);

    public string AssemblyPath => Path.Combine(OutputDirectory, Name + ".dll");

    /// <summary>Where artifacts land when nothing overrides it: <c>$(TargetDir)emr/</c>.</summary>
    public string DefaultArtifactsDirectory => Path.Combine(OutputDirectory, "emr");

    /// <summary>
    /// Writes the project; <paramref name="template"/> is a file under Projects/ beside the tests, <paramref name="properties"/>
    /// are set in the project file as a user sets them.
    /// </summary>
    public static ConsumerProject Create(EndToEndWorkspace workspace, string name, string template, params (string Name, string Value)[] properties)
    {
        var project = new ConsumerProject(workspace, name, template.Replace(".txt", string.Empty, StringComparison.Ordinal));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Projects", template), project.SourcePath);
        File.WriteAllText(Path.Combine(project.Directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{TargetFramework}</TargetFramework>
                <Nullable>enable</Nullable>
                <!-- The tests load the built assembly with the EmrDsl.dll beside it. -->
                <CopyLocalLockFileAssemblies>true</CopyLocalLockFileAssemblies>
            {string.Concat(properties.Select(p => $"    <{p.Name}>{p.Value}</{p.Name}>\n"))}  </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{EndToEndWorkspace.PackageId}" Version="{workspace.Version}" />
              </ItemGroup>
            </Project>
            """);
        WriteNuGetConfig(workspace, project.Directory);

        // Stop MSBuild's upward search for Directory.*.props/targets at the project: nothing from the machine leaks in.
        foreach (var stopper in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(project.Directory, stopper), "<Project />\n");
        }

        return project;
    }

    /// <summary>A NuGet.config in <paramref name="directory"/>: EmrDsl from the feed just packed, everything else from the public registry.</summary>
    public static void WriteNuGetConfig(EndToEndWorkspace workspace, string directory)
    {
        File.WriteAllText(Path.Combine(directory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{workspace.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <!-- EmrDsl only ever from the feed just packed, whatever the registry holds under that name. -->
              <packageSourceMapping>
                <packageSource key="local"><package pattern="{EndToEndWorkspace.PackageId}" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
    }

    /// <summary>Builds the project once; properties are <c>Name=Value</c> pairs passed as <c>-p:</c>.</summary>
    public DotnetResult BuildWith(params string[] properties) => Run("build", properties);

    /// <summary>Builds the project once with <paramref name="environment"/> added to the workspace's.</summary>
    public DotnetResult BuildWith(IReadOnlyDictionary<string, string> environment, params string[] properties) =>
        Run(environment, new[] { "build" }, properties);

    /// <summary>Runs an MSBuild command (<c>msbuild -t:...</c>) on the project; properties are passed as <c>-p:</c>.</summary>
    public DotnetResult Run(string command, params string[] properties) => Run(new Dictionary<string, string>(), command.Split(' '), properties);

    private DotnetResult Run(IReadOnlyDictionary<string, string> environment, string[] command, string[] properties) =>
        DotnetCli.Run(Directory, workspace.Environment.Concat(environment).ToDictionary(), command.Concat(properties.Select(p => "-p:" + p)).ToArray());

    public BuiltProject Build() => new(this, BuildWith());

    /// <summary>The 1-based line and column of the first occurrence of <paramref name="text"/> in the definitions file.</summary>
    public (int Line, int Column) Find(string text)
    {
        var lines = File.ReadAllLines(SourcePath);
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (i + 1, column + 1);
            }
        }

        throw new InvalidOperationException($"'{text}' is not in {SourcePath}.");
    }
}

/// <summary>A consumer project and the outcome of its first build.</summary>
public sealed record BuiltProject(ConsumerProject Project, DotnetResult FirstBuild);
