using System.IO;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Cli.Tests;

/// <summary>
/// Real requests the API rejects (corpus/runjobflow-invalid): validate lists every problem at its JSON path,
/// import refuses with the first one and writes nothing; both read as approved.
/// </summary>
public sealed class RejectedRequestTests
{
    [Theory]
    [MemberData(nameof(CorpusFiles.RunJobFlowInvalid), MemberType = typeof(CorpusFiles))]
    public void Validate_lists_every_problem_at_its_place_and_exits_1(string name)
    {
        var path = CorpusFiles.InvalidPath(name);

        var run = CliRun.Of("validate", path);

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        Snapshot.Match(run.Output.Replace(path, name), Path.ChangeExtension(name, ".validate.txt"));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles.RunJobFlowInvalid), MemberType = typeof(CorpusFiles))]
    public void Import_refuses_with_the_first_problem_and_exits_2(string name)
    {
        var path = CorpusFiles.InvalidPath(name);

        var run = CliRun.Of("import", path);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Snapshot.Match(run.Error.Replace(path, name), Path.ChangeExtension(name, ".import.txt"));
    }
}
