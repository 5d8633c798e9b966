using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmrDsl.Testing;

namespace EmrDsl.EndToEnd.Tests;

/// <summary>
/// One temporary folder for the whole run: the package packed once into a local feed, an isolated NuGet
/// packages folder (so no package cached by an earlier run can be restored instead of this one), and each
/// scenario project, built once on first use.
/// </summary>
public sealed class EndToEndWorkspace : IDisposable
{
    public const string PackageId = "EmrDsl";

    private readonly Lazy<BuiltProject> pipelines;
    private readonly Lazy<BuiltProject> unevaluable;
    private readonly Lazy<FormattedShowcase> formattedShowcase;

    public EndToEndWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "emrdsl-e2e-" + Guid.NewGuid().ToString("N"));
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };

        Pack = DotnetCli.Run(RepoPaths.Root, new Dictionary<string, string>(),
            "pack", Path.Combine("src", "EmrDsl", "EmrDsl.csproj"), "-c", "Release", "-o", Feed);
        if (Pack.ExitCode != 0)
        {
            throw new InvalidOperationException(Pack.ToString());
        }

        Package = Directory.GetFiles(Feed, PackageId + ".*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(Package).Substring(PackageId.Length + 1);

        pipelines = new(() => ConsumerProject.Create(this, "Pipelines", "Pipelines.cs.txt").Build());
        unevaluable = new(() => ConsumerProject.Create(this, "Unevaluable", "Unevaluable.cs.txt").Build());
        formattedShowcase = new(() => FormattedShowcase.Run(this));
    }

    public string Root { get; }

    public string Feed { get; }

    /// <summary>Environment of every consumer build: the isolated packages folder.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public DotnetResult Pack { get; }

    public string Package { get; }

    public string Version { get; }

    /// <summary>A project with a base definition, a dev/prod pair and a cluster with an authored security configuration.</summary>
    public BuiltProject Pipelines => pipelines.Value;

    /// <summary>A project whose definition reads an environment variable, which no build can know.</summary>
    public BuiltProject Unevaluable => unevaluable.Value;

    /// <summary>The sample's rule showcase, built, fixed with <c>dotnet format analyzers</c> and built again.</summary>
    public FormattedShowcase FormattedShowcase => formattedShowcase.Value;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
