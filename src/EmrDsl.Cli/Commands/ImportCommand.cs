using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using EmrDsl.Artifacts;
using EmrDsl.Cli.Import;
using EmrDsl.Cli.Payloads;
using EmrDsl.Containers.Model;
using EmrDsl.Model;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Cli.Commands;

/// <summary><c>emrdsl import PAYLOAD.json</c>: an existing EMR request or security configuration document as an EmrDsl definition in C#.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var payload = new Argument<string>("payload") { Description = "A RunJobFlow request (boto3, Airflow job_flow_overrides, Step Functions), an AddJobFlowSteps request (Airflow EmrAddStepsOperator steps, aws emr add-steps), a PutAutoScalingPolicy or PutManagedScalingPolicy request, an automatic scaling policy (--auto-scaling-policy), an EMR Serverless CreateApplication or StartJobRun request, an EMR on EKS StartJobRun, CreateVirtualCluster or CreateJobTemplate request, or a security configuration document (JSON)." };
        var output = new Option<string?>("--out") { Description = "The C# file to write (standard output when absent)." };
        var className = new Option<string>("--class") { Description = "The static partial class holding the definition.", DefaultValueFactory = _ => "Pipelines" };
        var member = new Option<string?>("--member") { Description = "The definition's property name (default: the cluster, application or job run name in PascalCase, a security configuration's file name; Imported for steps)." };
        var ns = new Option<string?>("--namespace") { Description = "The file-scoped namespace (none when absent)." };
        var command = new Command("import", "Write an existing EMR request or security configuration document as an EmrDsl definition.") { payload, output, className, member, ns };
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
        var warnings = new List<string>();
        var definition = file.Kind switch
        {
            PayloadKind.ServerlessCreateApplication => ImportedDefinition.Of(PayloadReader.Require(ServerlessApplicationSpec.Shape, file)),
            PayloadKind.ServerlessStartJobRun => ImportedDefinition.Of(PayloadReader.Require(ServerlessJobRunSpec.Shape, file)),
            PayloadKind.RunJobFlow => ImportedDefinition.Of(LiteralSecrets.Replace(PayloadReader.Require(ClusterSpec.Shape, file), warnings)),
            PayloadKind.AddJobFlowSteps => ImportedDefinition.Of(WithSteps(PayloadReader.Require(AddJobFlowStepsSpec.Shape, file), path)),
            PayloadKind.PutAutoScalingPolicy => ImportedDefinition.Of(PayloadReader.Require(PutAutoScalingPolicySpec.Shape, file)),
            PayloadKind.AutoScalingPolicy => ImportedDefinition.Of(new PutAutoScalingPolicySpec { AutoScalingPolicy = PayloadReader.Require(AutoScalingPolicySpec.Shape, file) }),
            PayloadKind.PutManagedScalingPolicy => ImportedDefinition.Of(PayloadReader.Require(PutManagedScalingPolicySpec.Shape, file)),
            PayloadKind.EksStartJobRun => ImportedDefinition.Of(LiteralSecrets.Replace(PayloadReader.Require(EksJobRunSpec.Shape, file), warnings)),
            PayloadKind.EksCreateVirtualCluster => ImportedDefinition.Of(PayloadReader.Require(EksVirtualClusterSpec.Shape, file)),
            PayloadKind.EksCreateJobTemplate => ImportedDefinition.Of(PayloadReader.Require(EksJobTemplateSpec.Shape, file)),
            PayloadKind.SecurityConfiguration => ImportedDefinition.Of(file, warnings),
            _ => throw new InvalidOperationException($"{path}: no importer for {PayloadReader.Describe(file.Kind)}."),
        };
        var code = DefinitionFile.Write(definition, path, ns, className, member);
        foreach (var warning in warnings)
        {
            context.Error.WriteLine($"emrdsl: {path}: {warning}");
        }

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

    /// <summary>An AddJobFlowSteps request without steps adds nothing: there is no definition to write.</summary>
    private static AddJobFlowStepsSpec WithSteps(AddJobFlowStepsSpec request, string path) =>
        request.Steps.IsEmpty
            ? throw new CliException($"{path}: Steps: the request adds no steps; AddJobFlowSteps needs at least one, so there is nothing to import.")
            : request;

    private static void RequireIdentifier(string name, string option)
    {
        if (!CSharpLiteral.IsIdentifier(name))
        {
            throw new CliException($"{option} '{name}' is not a C# identifier; use letters, digits and underscores, starting with a letter.");
        }
    }
}
