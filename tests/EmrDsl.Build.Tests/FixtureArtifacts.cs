using EmrDsl.Artifacts;

namespace EmrDsl.Build.Tests;

/// <summary>Shaped like the generator's output, so the reader is tested against this very assembly's metadata.</summary>
public static partial class FixturePipelines
{
    [EmrArtifacts]
    public static class NightlyArtifacts
    {
        public const string FileName = "nightly-etl";
        public const string RunJobFlowJson = "{\n  \"Name\": \"nightly-etl \\u00e9 ${x}\"\n}\n";
        public const string TerraformJson = "{}\n";
        public const int NotAnArtifact = 3;
    }

    /// <summary>The default form: one private constant per generated file holding the payloads of the file's definitions.</summary>
    [EmrArtifacts]
    private const string WeeklyArtifacts = "emrdsl-artifacts 2\nAcme.Pipelines.Weekly 3\nFileName 6\nweekly\nRunJobFlowJson 13\n{\"Name\": \"w\"}\nClusterName 6\nweekly\n"
        + "Acme.Pipelines.Monthly 2\nFileName 7\nmonthly\nRunJobFlowJson 13\n{\"Name\": \"m\"}\n";

    /// <summary>Not marked: must be ignored even though it has the same constants.</summary>
    public static class UnmarkedArtifacts
    {
        public const string FileName = "unmarked";
        public const string RunJobFlowJson = "{}\n";
    }
}
