using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using EmrDsl.EndToEnd.Tests.LanguageServer;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.EndToEnd.Tests;

/// <summary>
/// The EMR diagnostics reach an editor through a real language server: csharp-ls (a local tool of the repository)
/// loads a project that references the packed package, reports the rules' findings on the opened definitions
/// file, and updates them as the user edits it.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class LanguageServerTests(EndToEndWorkspace workspace)
{
    private const string SpotCore = ", g => g.Spot()";

    // Loading the project, running the generator and then the analyzers on a busy 2-core machine; measured: 15-40 s.
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan EditTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public void Csharp_ls_reports_EMR_diagnostics_on_open_and_updates_them_after_an_edit()
    {
        var editor = ConsumerProject.Create(workspace, "Editor", "Editor.cs.txt").Build();
        Assert.True(editor.FirstBuild.ExitCode == 0, editor.FirstBuild.ToString());
        var source = editor.Project.SourcePath;
        RequireInstalledServer();

        using var server = CSharpLanguageServer.Start(DotnetCli.StartInfo(RepoPaths.Root, new Dictionary<string, string>(), "tool", "run", CSharpLanguageServer.Tool), editor.Project.Directory);
        server.Open(source);
        var opened = server.WaitForDiagnostics(source, Has("EMR001"), OpenTimeout, "EMR001 (Spot core group) after opening the file");

        var spot = opened.First(d => d.Code == "EMR001");
        Assert.Equal(editor.Project.Find(".Core(").Line, spot.Line);
        Assert.Contains(opened, d => d.Code == "EMR004");

        var text = File.ReadAllText(source);
        Assert.Contains(SpotCore, text);
        server.Change(source, text.Replace(SpotCore, string.Empty, System.StringComparison.Ordinal));
        var edited = server.WaitForDiagnostics(
            source, d => Has("EMR004")(d) && !Has("EMR001")(d), EditTimeout, "the EMR diagnostics without EMR001 after the core group became On-Demand");

        Assert.Equal(opened.Select(d => d.Code).Where(c => c != "EMR001").Order(), edited.Select(d => d.Code).Order());
    }

    private static System.Func<IReadOnlyList<LspDiagnostic>, bool> Has(string code) => diagnostics => diagnostics.Any(d => d.Code == code);

    /// <summary>csharp-ls comes from the repository's tool manifest; a machine without it gets the step that installs it, not a skipped test.</summary>
    private static void RequireInstalledServer()
    {
        var start = DotnetCli.StartInfo(RepoPaths.Root, new Dictionary<string, string>(), "tool", "run", CSharpLanguageServer.Tool, "--version");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(
            process.HasExited && process.ExitCode == 0,
            $"The language server {CSharpLanguageServer.Tool} (.config/dotnet-tools.json) is not installed: run `bash tests/install.sh` " +
            $"(it runs `dotnet tool restore`).\n{output.Result}{error.Result}");
    }
}
