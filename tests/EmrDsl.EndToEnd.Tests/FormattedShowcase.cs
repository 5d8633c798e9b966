using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmrDsl.Testing;

namespace EmrDsl.EndToEnd.Tests;

/// <summary>
/// A copy of the rule showcase (samples/src/Acme.DataPlatform.RuleShowcase, with the sample repository's
/// Directory.*.props around it) built with the packed EmrDsl, then fixed with
/// <c>dotnet format analyzers --diagnostics</c> for every rule that has a fix, then built again.
/// </summary>
public sealed class FormattedShowcase
{
    public const string ShowcaseProject = "Acme.DataPlatform.RuleShowcase";

    /// <summary>The showcase's definitions files.</summary>
    public static readonly string[] DefinitionsFiles = { "FlawedClusters.cs", "FlawedServerless.cs" };

    /// <summary>The rules whose findings have a code fix (src/EmrDsl.Analyzers.CodeFixes).</summary>
    public static readonly string[] FixableRules = { "EMR001", "EMR002", "EMR005", "EMR006", "EMR007", "EMR104" };

    /// <summary>The team's log bucket, as a repository that runs the fixes would configure it for EMR002's fix.</summary>
    public const string TeamLogUri = "s3://acme-emr-logs/";

    private FormattedShowcase(string directory, DotnetResult firstBuild, IReadOnlyDictionary<string, string> original, DotnetResult format, IReadOnlyDictionary<string, string> formatted, DotnetResult rebuild)
    {
        Directory = directory;
        FirstBuild = firstBuild;
        Original = original;
        Format = format;
        Formatted = formatted;
        Rebuild = rebuild;
    }

    public string Directory { get; }

    public DotnetResult FirstBuild { get; }

    /// <summary>Each definitions file, by name, as the showcase has it.</summary>
    public IReadOnlyDictionary<string, string> Original { get; }

    public DotnetResult Format { get; }

    /// <summary>Each definitions file, by name, after <c>dotnet format</c>.</summary>
    public IReadOnlyDictionary<string, string> Formatted { get; }

    public DotnetResult Rebuild { get; }

    public static FormattedShowcase Run(EndToEndWorkspace workspace)
    {
        var samples = Path.Combine(RepoPaths.Root, "samples");
        var root = System.IO.Directory.CreateDirectory(Path.Combine(workspace.Root, "showcase")).FullName;
        foreach (var repositoryFile in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.Copy(Path.Combine(samples, repositoryFile), Path.Combine(root, repositoryFile));
        }

        ConsumerProject.WriteNuGetConfig(workspace, root);
        var directory = System.IO.Directory.CreateDirectory(Path.Combine(root, ShowcaseProject)).FullName;
        var source = Path.Combine(samples, "src", ShowcaseProject);
        // The project and its settings, and the definitions files with fixable findings: the other showcase files hold
        // error-severity findings (EMR024) that would fail the build the format run needs.
        foreach (var file in System.IO.Directory.GetFiles(source).Where(f => !f.EndsWith(".user", StringComparison.Ordinal) && (!f.EndsWith(".cs", StringComparison.Ordinal) || DefinitionsFiles.Contains(Path.GetFileName(f)))))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        File.AppendAllText(Path.Combine(directory, ".editorconfig"), $"emrdsl.default_log_uri = {TeamLogUri}\n");

        // The packed version reaches the sample's Directory.Packages.props as an environment property: dotnet format
        // takes no -p: switches.
        var environment = workspace.Environment.ToDictionary(pair => pair.Key, pair => pair.Value);
        environment["EmrDslVersion"] = workspace.Version;
        var firstBuild = DotnetCli.Run(directory, environment, "build");
        var original = DefinitionsFiles.ToDictionary(name => name, name => File.ReadAllText(Path.Combine(directory, name)));
        var format = DotnetCli.RunTool(directory, environment,
            new[] { "format", "analyzers", "--severity", "info", "--verbosity", "detailed", "--diagnostics" }.Concat(FixableRules).ToArray());
        var formatted = DefinitionsFiles.ToDictionary(name => name, name => File.ReadAllText(Path.Combine(directory, name)));
        var rebuild = DotnetCli.Run(directory, environment, "build");
        return new FormattedShowcase(directory, firstBuild, original, format, formatted, rebuild);
    }
}
