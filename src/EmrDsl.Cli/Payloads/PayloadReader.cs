using System.Collections.Generic;
using System.Globalization;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Cli.Payloads;

/// <summary>Reads a request's JSON into its spec through the spec's shape table, keeping every wire error.</summary>
internal static class PayloadReader
{
    public static (TSpec Spec, IReadOnlyList<WireError> Errors) Read<TSpec>(ApiShape<TSpec> shape, JsonObject json)
        where TSpec : class
    {
        var reader = new WireReader();
        var spec = shape.Read(json, reader, string.Empty);
        return (spec, reader.Errors);
    }

    /// <summary>The request of <paramref name="file"/> read through <paramref name="shape"/>; any wire error is a one-line <see cref="CliException"/> naming its path.</summary>
    public static TSpec Require<TSpec>(ApiShape<TSpec> shape, PayloadFile file)
        where TSpec : class
    {
        var (spec, errors) = Read(shape, file.Json);
        return errors.Count == 0 ? spec : throw FirstProblem(file, errors[0].Path, errors[0].Message, errors.Count);
    }

    /// <summary>The one-line refusal of a file with <paramref name="count"/> problems: the first one at its path, and how many more validate lists.</summary>
    public static CliException FirstProblem(PayloadFile file, string path, string message, int count)
    {
        var more = count == 1
            ? string.Empty
            : string.Format(CultureInfo.InvariantCulture, " (and {0} more; 'emrdsl validate {1}' lists them all)", count - 1, file.Path);
        return new CliException($"{file.Path}: {path}: {message}{more}.");
    }

    /// <summary>The request's name with its article, for messages: "an AddJobFlowSteps request".</summary>
    public static string Describe(PayloadKind kind)
    {
        var name = Name(kind);
        return (name[0] is 'A' or 'E' or 'a' ? "an " : "a ") + name;
    }

    public static string Name(PayloadKind kind) => kind switch
    {
        PayloadKind.RunJobFlow => "RunJobFlow request",
        PayloadKind.AddJobFlowSteps => "AddJobFlowSteps request",
        PayloadKind.ServerlessCreateApplication => "EMR Serverless CreateApplication request",
        PayloadKind.PutAutoScalingPolicy => "PutAutoScalingPolicy request",
        PayloadKind.PutManagedScalingPolicy => "PutManagedScalingPolicy request",
        PayloadKind.AutoScalingPolicy => "automatic scaling policy",
        PayloadKind.SecurityConfiguration => "security configuration document",
        PayloadKind.PutBlockPublicAccessConfiguration => "PutBlockPublicAccessConfiguration request",
        PayloadKind.EksStartJobRun => "EMR on EKS StartJobRun request",
        PayloadKind.EksCreateVirtualCluster => "EMR on EKS CreateVirtualCluster request",
        PayloadKind.EksCreateJobTemplate => "EMR on EKS CreateJobTemplate request",
        _ => "EMR Serverless StartJobRun request",
    };
}
