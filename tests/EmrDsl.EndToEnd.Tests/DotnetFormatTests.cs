using System;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace EmrDsl.EndToEnd.Tests;

/// <summary>
/// <c>dotnet format analyzers --diagnostics EMR001 EMR002 ...</c>, as shipped with the SDK, on a copy of the rule
/// showcase: every finding that has a fix is fixed, each end-of-line comment stays on the line it describes, and the
/// rebuilt project no longer reports them.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class DotnetFormatTests(EndToEndWorkspace workspace)
{
    /// <summary>Each showcase line a fix changes, and the lines it becomes.</summary>
    private static readonly (string File, string Line, string[] Fixed)[] Changes =
    {
        (
            "FlawedClusters.cs",
            "        .Master(InstanceTypes.M6g.XLarge, count: 2, g => g.Spot())          // EMR006: Spot master",
            new[] { "        .Master(InstanceTypes.M6g.XLarge, count: 2, g => g.OnDemand())      // EMR006: Spot master" }
        ),
        (
            "FlawedClusters.cs",
            "        .Core(InstanceTypes.M6g.X2Large, count: 4, g => g.Spot())           // EMR001: Spot core nodes lose HDFS data on reclaim",
            new[] { "        .Core(InstanceTypes.M6g.X2Large, count: 4, g => g.OnDemand())       // EMR001: Spot core nodes lose HDFS data on reclaim" }
        ),
        (
            "FlawedClusters.cs",
            "        .SparkDefaults(s => s.AdaptiveExecution(false).ShufflePartitions(8)) // EMR005: AQE off, shuffle partitions far below the cores",
            new[] { "        .SparkDefaults(s => s.AdaptiveExecution(true).ShufflePartitions(8))  // EMR005: AQE off, shuffle partitions far below the cores" }
        ),
        (
            "FlawedClusters.cs",
            "            .OnFailure(ActionOnFailure.TerminateCluster));                  // EMR008: TERMINATE_CLUSTER on a kept-alive cluster",
            new[]
            {
                "            .OnFailure(ActionOnFailure.TerminateCluster))                   // EMR008: TERMINATE_CLUSTER on a kept-alive cluster",
                $"        .LogUri(\"{FormattedShowcase.TeamLogUri}\");",
            }
        ),
        (
            "FlawedClusters.cs",
            "        .KeepAlive();                                                       // EMR007: kept alive with no steps and no auto-termination",
            new[]
            {
                "        .KeepAlive()                                                        // EMR007: kept alive with no steps and no auto-termination",
                "        .AutoTerminateAfterIdle(TimeSpan.FromHours(1));",
            }
        ),
        (
            "FlawedServerless.cs",
            "        .DisableAutoStop();                                                 // EMR104: pre-initialized workers bill while idle",
            new[] { "        .AutoStop(TimeSpan.FromMinutes(15));                                // EMR104: pre-initialized workers bill while idle" }
        ),
    };

    private FormattedShowcase Showcase => workspace.FormattedShowcase;

    [Fact]
    public void The_showcase_reports_the_fixable_findings_before()
    {
        Assert.Equal(0, Showcase.FirstBuild.ExitCode);
        foreach (var rule in FormattedShowcase.FixableRules)
        {
            Assert.Contains(rule, Reported(Showcase.FirstBuild));
        }
    }

    [Fact]
    public void Dotnet_format_applies_every_fix_it_is_asked_for()
    {
        Assert.True(Showcase.Format.ExitCode == 0, Showcase.Format.ToString());
        Assert.DoesNotContain("Unable to fix", Showcase.Format.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Failed to apply", Showcase.Format.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_fixed_lines_change_and_each_comment_stays_on_its_line_in_its_column()
    {
        foreach (var file in FormattedShowcase.DefinitionsFiles)
        {
            var expected = Showcase.Original[file];
            foreach (var (_, line, fixedLines) in Changes.Where(change => change.File == file))
            {
                Assert.True(expected.Contains(line + "\n", StringComparison.Ordinal), $"{file} no longer has the line:\n{line}");
                expected = expected.Replace(line + "\n", string.Join("\n", fixedLines) + "\n", StringComparison.Ordinal);
            }

            Assert.Equal(expected, Showcase.Formatted[file]);
        }
    }

    [Fact]
    public void The_rebuilt_showcase_no_longer_reports_the_fixed_findings()
    {
        Assert.True(Showcase.Rebuild.ExitCode == 0, Showcase.Rebuild.ToString());
        var reported = Reported(Showcase.Rebuild);
        Assert.DoesNotContain("EMR001", reported);
        Assert.DoesNotContain("EMR002", reported);
        Assert.DoesNotContain("EMR006", reported);
        Assert.DoesNotContain("EMR007", reported);
        Assert.DoesNotContain("EMR104", reported);

        // EMR005's shuffle-partition finding needs a number only the author can choose: it has no fix and stays.
        var skew = Findings(Showcase.Rebuild, "EMR005");
        Assert.Equal(new[] { "spark-defaults sets spark.sql.shuffle.partitions=8" }, skew.Select(m => m[..m.IndexOf(',', StringComparison.Ordinal)]));
    }

    /// <summary>The rule ids the build reported in the showcase's definitions files.</summary>
    private static string[] Reported(DotnetResult build) =>
        Regex.Matches(build.Output, @"/Flawed\w+\.cs\(\d+,\d+\): (?:warning|error) (EMR\d+):")
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToArray();

    /// <summary>The distinct messages of one rule's findings in the definitions files.</summary>
    private static string[] Findings(DotnetResult build, string rule) =>
        Regex.Matches(build.Output, @"/Flawed\w+\.cs\(\d+,\d+\): warning " + rule + @": (.*?) \[")
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToArray();
}
