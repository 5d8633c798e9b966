using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace EmrDsl.Cli.Tests;

/// <summary>Every SARIF result points at the member its JSON path names: code scanning annotates that line and column.</summary>
public sealed class SarifRegionTests
{
    private const string Request = """
        {
          "Name": "etl",
          "ReleaseLabel": "emr-7.2.0",
          "Instances": {
            "Ec2SubnetId": "subnet-1",
            "InstanceGroups": [
              {"Name": "Master", "InstanceRole": "MASTER", "InstanceType": "m5.xlarge", "InstanceCount": 1},
              {"Name": "Core", "InstanceRole": "CORE", "InstanceType": "m5.xlarge", "InstanceCount": 2, "Market": "SPOT"}
            ]
          },
          "Steps": [{"Name": "copy", "ActionOnFailure": "CONTINUE",
            "HadoopJarStep": {"Jar": "command-runner.jar", "Args": ["aws", "s3", "cp", "--key", "AKIAIOSFODNN7EXAMPLE"]}}],
          "Configurations": [{"Classification": "spark-defaults", "Properties": {"spark.sql.shuffle.partitions": "3"}}]
        }
        """;

    [Fact]
    public void A_member_spans_its_name_and_value()
    {
        Assert.Equal(Span("\"Market\": \"SPOT\""), Region("EMR001"));
        Assert.Equal(Span("\"ActionOnFailure\": \"CONTINUE\""), Region("EMR008"));
    }

    [Fact]
    public void An_array_item_spans_its_value()
    {
        Assert.Equal(Span("\"AKIAIOSFODNN7EXAMPLE\""), Region("EMR011"));
    }

    [Fact]
    public void A_map_key_with_dots_is_one_member()
    {
        Assert.Equal(Span("\"spark.sql.shuffle.partitions\": \"3\""), Region("EMR005"));
    }

    [Fact]
    public void A_member_the_request_lacks_points_at_the_object_that_should_hold_it()
    {
        var lines = Request.Split('\n');

        // EMR002: no LogUri, a member of the request itself.
        Assert.Equal((1, 1, lines.Length, lines[^1].Length + 1), Region("EMR002"));
    }

    [Fact]
    public void Lines_end_at_line_feeds_and_columns_count_characters()
    {
        // 'œ' is one UTF-16 code unit (SARIF's default column unit) and two UTF-8 bytes; '\r' before '\n' starts no extra line.
        var request = Request.Replace("\"Core\"", "\"C\u0153ur\"");

        Assert.Equal(Span("\"Market\": \"SPOT\"", request), Region("EMR001", request.Replace("\n", "\r\n")));
    }

    private static (int StartLine, int StartColumn, int EndLine, int EndColumn) Span(string snippet, string request = Request)
    {
        var lines = request.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(snippet, StringComparison.Ordinal));
        Assert.True(line >= 0, $"'{snippet}' is not in the test request.");
        var column = lines[line].IndexOf(snippet, StringComparison.Ordinal) + 1;
        return (line + 1, column, line + 1, column + snippet.Length);
    }

    private static (int StartLine, int StartColumn, int EndLine, int EndColumn) Region(string ruleId, string request = Request)
    {
        var run = CliRun.Of("lint", Payload.Write(request), "--format", "sarif");
        Assert.Equal(string.Empty, run.Error);
        using var log = JsonDocument.Parse(run.Output);
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == ruleId);
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        return (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32());
    }
}
