using System.CommandLine;
using EmrDsl.Cli.Payloads;

namespace EmrDsl.Cli.Commands;

/// <summary><c>emrdsl validate PAYLOAD.json</c>: would the EMR API accept this request? Every problem with its JSON path.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var payload = new Argument<string>("payload") { Description = "A RunJobFlow, AddJobFlowSteps, PutAutoScalingPolicy or PutManagedScalingPolicy request, an automatic scaling policy, a security configuration document, a PutBlockPublicAccessConfiguration request, an EMR Serverless CreateApplication or StartJobRun request, or an EMR on EKS StartJobRun, CreateVirtualCluster or CreateJobTemplate request (JSON)." };
        var command = new Command("validate", "Check a request against the EMR API's types, enum values, required members, lengths and ranges.") { payload };
        command.SetAction(result => context.Run(() => Validate(context, result.GetValue(payload)!)));
        return command;
    }

    private static int Validate(CliContext context, string path)
    {
        var file = PayloadFile.Read(path);
        var problems = RequestValidator.Problems(file);
        foreach (var problem in problems)
        {
            context.Out.WriteLine($"{path}: {problem.Path}: {problem.Message}");
        }

        foreach (var note in RequestValidator.Unchecked(file))
        {
            context.Out.WriteLine($"{path}: {note.Path}: note: {note.Message}.");
        }

        context.Out.WriteLine(problems.Count == 0
            ? $"{path}: valid {PayloadReader.Name(file.Kind)}"
            : $"{path}: {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}; the API would reject this {(file.Kind switch { PayloadKind.AutoScalingPolicy => "policy", PayloadKind.SecurityConfiguration => "document", _ => "request" })}.");
        return problems.Count == 0 ? ExitCodes.Success : ExitCodes.Findings;
    }
}
