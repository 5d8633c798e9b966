using System.CommandLine;
using System.IO;
using EmrDsl.Artifacts;

namespace EmrDsl.Cli.Commands;

/// <summary><c>emrdsl export ASSEMBLY.dll --out DIR</c>: the artifacts of a built assembly, without running its code.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var assembly = new Argument<string>("assembly") { Description = "A built assembly that uses EmrDsl (its [EmrCluster] definitions were compiled into it)." };
        var output = new Option<string>("--out") { Description = "The directory to write the files into.", Required = true };
        var command = new Command("export", "Write the RunJobFlow, Terraform and other artifacts compiled into ASSEMBLY as files.") { assembly, output };
        command.SetAction(result => context.Run(() => Export(context, result.GetValue(assembly)!, result.GetValue(output)!)));
        return command;
    }

    private static int Export(CliContext context, string assemblyPath, string directory)
    {
        var artifacts = ArtifactReader.Read(CliFiles.RequireExisting(assemblyPath));
        if (artifacts.Count == 0)
        {
            throw new CliException($"{assemblyPath}: no EmrDsl artifacts found; mark definitions with [EmrCluster] and build with the EmrDsl package.");
        }

        foreach (var written in ArtifactWriter.Write(artifacts, directory))
        {
            context.Out.WriteLine($"{written.State.ToString().ToLowerInvariant()} {Path.GetRelativePath(Directory.GetCurrentDirectory(), written.Path)}");
        }

        return ExitCodes.Success;
    }
}
