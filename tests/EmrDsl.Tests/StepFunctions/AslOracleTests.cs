using System;
using System.IO;
using System.Linq;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.StepFunctions;

/// <summary>
/// Every state machine the tests write passes asl-validator 4.0.0 (pinned in tests/tools): the documents as written now
/// and every approved .asl.json in the repository, in one validator run.
/// </summary>
public sealed class AslOracleTests
{
    [Fact]
    public void Every_state_machine_the_tests_write_passes_asl_validator()
    {
        var directory = Directory.CreateTempSubdirectory("emrdsl-asl-").FullName;
        var written = StateMachineExamples.All.Select(example =>
        {
            var path = Path.Combine(directory, example.Name);
            File.WriteAllText(path, example.Write());
            return path;
        });
        var approved = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests"), "*.asl.json", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "node_modules" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        var files = written.Concat(approved).ToArray();

        Assert.True(files.Length > StateMachineExamples.All.Count, "No approved .asl.json files were found under tests/.");
        Assert.Null(AslValidator.Findings(files));
    }

    [Fact]
    public void The_validator_reports_a_state_machine_that_is_not_valid()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("emrdsl-asl-").FullName, "broken.asl.json");
        File.WriteAllText(path, "{\"StartAt\": \"Missing\", \"States\": {\"Run\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::elasticmapreduce:addStep.sync\", \"End\": true}}}");

        Assert.Contains("Missing", AslValidator.Findings(new[] { path }));
    }
}
