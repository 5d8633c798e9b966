using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Cli.Tests;

/// <summary>`emrdsl lint --format sarif` as CI consumers read it: the official validator finds no error and no warning.</summary>
public sealed class SarifValidationTests
{
    /// <summary>Every request folder of the corpus that <c>lint</c> reads.</summary>
    private static readonly string[] CorpusFolders = { "runjobflow", "addjobflowsteps", "serverless", "securityconfiguration", "emr-containers" };

    [Fact]
    public void The_lint_report_of_every_corpus_request_passes_the_SARIF_validator()
    {
        var folder = Directory.CreateTempSubdirectory("emrdsl-lint-sarif-").FullName;
        var logs = new List<string>();
        foreach (var (name, payload) in Payloads())
        {
            var log = Path.Combine(folder, name + ".sarif");
            var run = CliRun.Of("lint", payload, "--format", "sarif", "--out", log);
            Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.Findings, $"lint {payload} exited with {run.ExitCode}: {run.Error}");
            logs.Add(log);
        }

        var problems = SarifValidator.Validate(logs);

        Assert.True(logs.Count > 100, $"Only {logs.Count} requests were linted: is the corpus complete?");
        Assert.True(problems.Count == 0, $"The SARIF validator reports {problems.Count} problems in {logs.Count} lint reports:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_validator_reports_a_result_without_a_region()
    {
        var payload = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Payloads"), "user-runjobflow-*.json").Order(StringComparer.Ordinal).First();
        var log = Path.Combine(Directory.CreateTempSubdirectory("emrdsl-lint-sarif-").FullName, "no-region.sarif");
        CliRun.Of("lint", payload, "--format", "sarif", "--out", log);
        var sarif = JsonNode.Parse(File.ReadAllText(log))!;
        var location = sarif["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!.AsObject();
        Assert.True(location.Remove("region"), "The lint report has no region to remove.");
        File.WriteAllText(log, sarif.ToJsonString());

        var problems = SarifValidator.Validate(new[] { log });

        Assert.Contains(problems, p => p.RuleId == "SARIF2017" && p.Level == "warning");
    }

    private static IEnumerable<(string Name, string Path)> Payloads() =>
        CorpusFolders
            .SelectMany(corpus => Directory.GetFiles(RepoPaths.OracleFile("corpus", corpus), "*.json").Select(path => (corpus + "-" + Path.GetFileNameWithoutExtension(path), path)))
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Payloads"), "*.json").Select(path => ("tests-" + Path.GetFileNameWithoutExtension(path), path)))
            .OrderBy(payload => payload.Item1, StringComparer.Ordinal);
}
