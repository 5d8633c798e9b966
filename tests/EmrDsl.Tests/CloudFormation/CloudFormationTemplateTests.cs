using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using EmrDsl.Emit.CloudFormation;
using EmrDsl.Tests.StepFunctions;
using EmrDsl.Tests.Terraform;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.CloudFormation;

public sealed class CloudFormationTemplateTests
{
    public static IEnumerable<object[]> Examples() => CloudFormationExamples.All.Select(example => new object[] { example.Name });

    [Theory]
    [MemberData(nameof(Examples))]
    public void Template_matches_its_approved_file(string name)
    {
        var write = CloudFormationExamples.All.Single(example => example.Name == name).Write;

        Snapshot.Match(write(), name.Replace(".cfn.json", ".approved.cfn.json", StringComparison.Ordinal));
        Assert.Equal(write(), write());
    }

    [Fact]
    public void Logical_ids_come_from_the_definition_name()
    {
        var template = Parse(CloudFormationJson.Write(TerraformSpecs.Seed));

        Assert.Equal(new[] { "EtlDaily20260425Cluster", "EtlDaily20260425TaskGroup1" }, Names(template["Resources"]));
        Assert.Equal("AWS::EMR::InstanceGroupConfig", (string?)template["Resources"]!["EtlDaily20260425TaskGroup1"]!["Type"]);
        Assert.Equal("EtlDaily20260425Cluster", (string?)template["Resources"]!["EtlDaily20260425TaskGroup1"]!["Properties"]!["JobFlowId"]!["Ref"]);
    }

    [Theory]
    [InlineData("etl-daily-2026-04-25", "EtlDaily20260425")]
    [InlineData("nightly_ETL.v2", "NightlyETLV2")]
    [InlineData("2026 backfill", "Cluster2026Backfill")]
    [InlineData("---", "Cluster")]
    [InlineData("données", "DonnEs")]
    public void Logical_id_stem_is_ascii_letters_and_digits(string name, string stem)
    {
        Assert.Equal(stem, CloudFormationLogicalId.FromName(name, "Cluster"));
        Assert.True(CloudFormationLogicalId.IsValid(stem));
    }

    [Fact]
    public void A_long_name_keeps_every_logical_id_within_255_characters()
    {
        var stem = CloudFormationLogicalId.FromName(new string('a', 256), "Cluster");

        Assert.Equal(160, stem.Length);
        Assert.True(CloudFormationLogicalId.IsValid(stem + "TaskGroup100"));
    }

    [Fact]
    public void Cluster_ToCloudFormationJson_is_the_writer_output()
    {
        var cluster = Cluster.FromSpec(TerraformSpecs.Seed);
        var options = new CloudFormationOptions { LogicalIdStem = "Nightly", Outputs = false };

        Assert.Equal(CloudFormationJson.Write(TerraformSpecs.Seed), cluster.ToCloudFormationJson());
        Assert.Equal(CloudFormationJson.Write(TerraformSpecs.Seed, options), cluster.ToCloudFormationJson(options));
    }

    [Fact]
    public void Step_resources_run_in_request_order_on_the_kept_alive_cluster()
    {
        var template = Parse(StateMachineExamples.Nightly.KeepAlive().ToCloudFormationJson(new CloudFormationOptions { StepResources = true }));
        var resources = template["Resources"]!.AsObject();

        Assert.Null(resources["NightlyCluster"]!["Properties"]!["Steps"]);
        Assert.Null(resources["NightlyStep1"]!["DependsOn"]);
        Assert.Equal("NightlyStep1", (string?)resources["NightlyStep2"]!["DependsOn"]);
        Assert.Equal("NightlyStep2", (string?)resources["NightlyStep3"]!["DependsOn"]);
        Assert.Equal("NightlyCluster", (string?)resources["NightlyStep3"]!["Properties"]!["JobFlowId"]!["Ref"]);
    }

    [Fact]
    public void Configuration_properties_and_step_properties_take_their_CloudFormation_names()
    {
        var json = CloudFormationJson.Write(CloudFormationExamples.Full);

        Assert.Contains("\"ConfigurationProperties\": {", json);
        Assert.DoesNotContain("\"Properties\": {\n                  \"PYSPARK_PYTHON\"", json);
        Assert.Contains("\"AdditionalInfo\": {", json);
        Assert.Contains("\"proxyPort\": 8099", json);
    }

    /// <summary>
    /// CDK's CfnInclude reads a template's sections and resources as they are: the templates hold only the sections it
    /// imports, String parameters, and the intrinsic functions Ref and Fn::GetAtt in their long forms.
    /// </summary>
    [Theory]
    [MemberData(nameof(Examples))]
    public void Template_is_shaped_for_CDK_CfnInclude(string name)
    {
        var template = Parse(CloudFormationExamples.All.Single(example => example.Name == name).Write());

        Assert.All(Names(template), section => Assert.Contains(section, new[] { "AWSTemplateFormatVersion", "Description", "Parameters", "Resources", "Outputs" }));
        Assert.Equal("2010-09-09", (string?)template["AWSTemplateFormatVersion"]);
        Assert.All(template["Parameters"]?.AsObject() ?? new JsonObject(), parameter => Assert.Equal("String", (string?)parameter.Value!["Type"]));
        Assert.All(template["Resources"]!.AsObject(), resource =>
        {
            Assert.Matches("^[A-Za-z][A-Za-z0-9]*$", resource.Key);
            Assert.All(Names(resource.Value), key => Assert.Contains(key, new[] { "Type", "DependsOn", "Properties" }));
        });
        AssertOnlyRefAndGetAtt(template, template);
    }

    private static void AssertOnlyRefAndGetAtt(JsonNode? node, JsonObject template)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var member in obj)
                {
                    if (member.Key == "Ref")
                    {
                        var target = (string)member.Value!;
                        Assert.True(template["Parameters"]?[target] is not null || template["Resources"]![target] is not null, $"Ref {target} names nothing in the template.");
                    }
                    else if (member.Key == "Fn::GetAtt")
                    {
                        Assert.Equal(2, member.Value!.AsArray().Count);
                        Assert.NotNull(template["Resources"]![(string)member.Value![0]!]);
                    }
                    else
                    {
                        Assert.False(member.Key.StartsWith("Fn::", StringComparison.Ordinal) || member.Key == "Transform", $"{member.Key} is not imported as it is.");
                    }

                    AssertOnlyRefAndGetAtt(member.Value, template);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    AssertOnlyRefAndGetAtt(item, template);
                }

                break;
        }
    }

    internal static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private static string[] Names(JsonNode? node) => node!.AsObject().Select(member => member.Key).ToArray();
}
