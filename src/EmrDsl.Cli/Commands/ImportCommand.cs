using System.CommandLine;
using System.Linq;
using EmrDsl.Artifacts;
using EmrDsl.Cli.Import;
using EmrDsl.Cli.Payloads;
using EmrDsl.Model;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Cli.Commands;

/// <summary><c>emrdsl import PAYLOAD.json</c>: an existing RunJobFlow or EMR Serverless request as an EmrDsl definition in C#.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var payload = new Argument<string>("payload") { Description = "A RunJobFlow request (boto3, Airflow job_flow_overrides, Step Functions) or an EMR Serverless CreateApplication or StartJobRun request (JSON)." };
        var output = new Option<string?>("--out") { Description = "The C# file to write (standard output when absent)." };
        var className = new Option<string>("--class") { Description = "The static partial class holding the definition.", DefaultValueFactory = _ => "Pipelines" };
        var member = new Option<string?>("--member") { Description = "The definition's property name (default: the cluster, application or job run name in PascalCase)." };
        var ns = new Option<string?>("--namespace") { Description = "The file-scoped namespace (none when absent)." };
        var command = new Command("import", "Write an existing RunJobFlow, CreateApplication or StartJobRun request as an EmrDsl definition.") { payload, output, className, member, ns };
        command.SetAction(result => context.Run(() => Import(
            context, result.GetValue(payload)!, result.GetValue(output), result.GetValue(className)!, result.GetValue(member), result.GetValue(ns))));
        return command;
    }

    private static int Import(CliContext context, string path, string? output, string className, string? member, string? ns)
    {
        RequireIdentifier(className, "--class");
        if (member is not null)
        {
            RequireIdentifier(member, "--member");
        }

        if (ns is not null && !ns.Split('.').All(CSharpLiteral.IsIdentifier))
        {
            throw new CliException($"--namespace '{ns}' is not a C# namespace name; use identifiers separated by dots, e.g. Company.Pipelines.");
        }

        var file = PayloadFile.Read(path);
        var definition = file.Kind switch
        {
            PayloadKind.ServerlessCreateApplication => ImportedDefinition.Of(PayloadReader.Require(ServerlessApplicationSpec.Shape, file)),
            PayloadKind.ServerlessStartJobRun => ImportedDefinition.Of(PayloadReader.Require(ServerlessJobRunSpec.Shape, file)),
            PayloadKind.RunJobFlow => ImportedDefinition.Of(PayloadReader.Require(ClusterSpec.Shape, file)),
            _ => throw new CliException(
                $"{path}: this is {PayloadReader.Describe(file.Kind)}; 'import' reads a RunJobFlow, EMR Serverless CreateApplication or StartJobRun request."),
        };
        var code = DefinitionFile.Write(definition, path, ns, className, member);
        if (output is null)
        {
            context.Out.Write(code);
        }
        else
        {
            AtomicFile.WriteAllText(output, code);
            context.Out.WriteLine($"written {output}");
        }

        return ExitCodes.Success;
    }

    private static void RequireIdentifier(string name, string option)
    {
        if (!CSharpLiteral.IsIdentifier(name))
        {
            throw new CliException($"{option} '{name}' is not a C# identifier; use letters, digits and underscores, starting with a letter.");
        }
    }
}
