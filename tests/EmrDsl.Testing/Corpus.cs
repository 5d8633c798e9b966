using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace EmrDsl.Testing;

/// <summary>The request corpora in tests/oracles/corpus: one folder per kind of request, one request per JSON file.</summary>
public static class Corpus
{
    /// <summary>RunJobFlow requests the API accepts.</summary>
    public const string RunJobFlow = "runjobflow";

    /// <summary>RunJobFlow requests, as their authors wrote them, that the API rejects.</summary>
    public const string RunJobFlowInvalid = "runjobflow-invalid";

    public const string AddJobFlowSteps = "addjobflowsteps";

    /// <summary>Security configuration documents (CreateSecurityConfiguration's SecurityConfiguration, Terraform's configuration).</summary>
    public const string SecurityConfiguration = "securityconfiguration";

    /// <summary>EMR Serverless CreateApplication and StartJobRun requests.</summary>
    public const string Serverless = "serverless";

    /// <summary>EMR on EKS (emr-containers) requests; StartJobRun files are named <c>sjr-*.json</c>.</summary>
    public const string EmrContainers = "emr-containers";

    /// <summary>The file names in <paramref name="folder"/>, in ordinal order, as xUnit theory rows.</summary>
    public static IEnumerable<object[]> Rows(string folder) => Names(folder).Select(name => new object[] { name });

    public static IEnumerable<string> Names(string folder) =>
        Directory.GetFiles(RepoPaths.OracleFile("corpus", folder), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    public static string FilePath(string folder, string name) => RepoPaths.OracleFile("corpus", folder, name);

    public static string Text(string folder, string name) => File.ReadAllText(FilePath(folder, name));

    /// <summary>Whether the Serverless corpus file <paramref name="name"/> is a StartJobRun request (it names its application) rather than a CreateApplication.</summary>
    public static bool IsStartJobRun(string name)
    {
        using var request = JsonDocument.Parse(Text(Serverless, name));
        return request.RootElement.TryGetProperty("applicationId", out _);
    }
}
