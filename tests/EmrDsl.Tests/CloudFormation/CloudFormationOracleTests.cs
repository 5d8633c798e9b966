using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using EmrDsl.Emit;
using EmrDsl.Emit.CloudFormation;
using JsonParser = EmrDsl.Json.JsonParser;
using EmrDsl.Model;
using EmrDsl.Serverless.Emit.CloudFormation;
using EmrDsl.Serverless.Model;
using EmrDsl.Tests.Terraform;
using EmrDsl.Testing;
using EmrDsl.Wire;
using Xunit;

namespace EmrDsl.Tests.CloudFormation;

/// <summary>
/// Every template the tests write passes the CloudFormation resource schemas (tests/tools/cfn-validate.js over
/// @aws-cdk/aws-service-spec 0.1.216): the examples, every corpus request CloudFormation can express, and every approved
/// .cfn.json in the repository, in one validator run. A corpus request it cannot express says where and why.
/// </summary>
public sealed class CloudFormationOracleTests
{
    [Fact]
    public void Every_template_the_tests_write_passes_the_resource_schemas()
    {
        var directory = Directory.CreateTempSubdirectory("emrdsl-cfn-").FullName;
        var written = CloudFormationExamples.All.Select(example => (example.Name, Json: example.Write()))
            .Concat(ClusterCorpus())
            .Concat(ApplicationCorpus())
            .Select(template =>
            {
                var path = Path.Combine(directory, template.Name);
                File.WriteAllText(path, template.Json);
                return path;
            })
            .ToArray();
        var approved = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests"), "*.cfn.json", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "node_modules" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        var files = written.Concat(approved).ToArray();

        Assert.True(written.Length > CloudFormationExamples.All.Count + 30, $"Only {written.Length} templates were written; most corpus requests should convert.");
        Assert.True(files.Length > written.Length, "No approved .cfn.json files were found under tests/.");
        Assert.Null(CloudFormationValidator.Findings(files));
    }

    [Theory]
    [InlineData("wrong property name", "Markt")]
    [InlineData("missing required property", "missingProperty")]
    [InlineData("wrong type", "must be integer")]
    [InlineData("unknown resource type", "is not a resource type")]
    [InlineData("undeclared Ref", "names no parameter or resource")]
    [InlineData("unknown attribute", "has no attribute")]
    [InlineData("other intrinsic", "is not allowed")]
    public void The_validator_reports_a_template_that_is_not_valid(string what, string expected)
    {
        var template = CloudFormationTemplateTests.Parse(CloudFormationJson.Write(TerraformSpecs.Seed));
        var cluster = template["Resources"]!["EtlDaily20260425Cluster"]!["Properties"]!.AsObject();
        var master = cluster["Instances"]!["MasterInstanceGroup"]!.AsObject();
        switch (what)
        {
            case "wrong property name":
                master["Markt"] = master["Market"]!.DeepClone();
                master.Remove("Market");
                break;
            case "missing required property":
                cluster.Remove("JobFlowRole");
                break;
            case "wrong type":
                master["InstanceCount"] = "1";
                break;
            case "unknown resource type":
                template["Resources"]!["EtlDaily20260425Cluster"]!["Type"] = "AWS::EMR::JobFlow";
                break;
            case "undeclared Ref":
                template["Resources"]!["EtlDaily20260425TaskGroup1"]!["Properties"]!["JobFlowId"] = new JsonObject { ["Ref"] = "Other" };
                break;
            case "unknown attribute":
                template["Outputs"]!["EtlDaily20260425ClusterMasterPublicDNS"]!["Value"] = new JsonObject { ["Fn::GetAtt"] = new JsonArray("EtlDaily20260425Cluster", "Arn") };
                break;
            default:
                cluster["LogUri"] = new JsonObject { ["Fn::Sub"] = "s3://${AWS::AccountId}-logs/" };
                break;
        }

        var path = Path.Combine(Directory.CreateTempSubdirectory("emrdsl-cfn-").FullName, "broken.cfn.json");
        File.WriteAllText(path, template.ToJsonString());

        Assert.Contains(expected, CloudFormationValidator.Findings(new[] { path }));
    }

    [Fact]
    public void The_validator_reports_every_finding_with_its_path()
    {
        var template = CloudFormationTemplateTests.Parse(CloudFormationJson.Write(TerraformSpecs.Seed));
        var cluster = template["Resources"]!["EtlDaily20260425Cluster"]!["Properties"]!.AsObject();
        cluster.Remove("ServiceRole");
        cluster["Instances"]!["MasterInstanceGroup"]!["Markt"] = "SPOT";
        var path = Path.Combine(Directory.CreateTempSubdirectory("emrdsl-cfn-").FullName, "broken.cfn.json");
        File.WriteAllText(path, template.ToJsonString());

        var findings = CloudFormationValidator.Findings(new[] { path });

        Assert.Contains("Resources.EtlDaily20260425Cluster.Properties: AWS::EMR::Cluster: must have required property 'ServiceRole'", findings);
        Assert.Contains("Resources.EtlDaily20260425Cluster.Properties.Instances.MasterInstanceGroup: AWS::EMR::Cluster: must NOT have additional properties {\"additionalProperty\":\"Markt\"}", findings);
        Assert.Contains("2 finding(s)", findings);
    }

    /// <summary>
    /// The RunJobFlow corpus (the one the Terraform oracle tests read): a template, or a refusal with a path and a reason.
    /// The AWS CLI's test requests leave out the roles, which AWS::EMR::Cluster requires; the defaults are supplied so the
    /// rest of each request is exercised.
    /// </summary>
    private static IEnumerable<(string Name, string Json)> ClusterCorpus()
    {
        foreach (var file in Corpus.Names(Corpus.RunJobFlow))
        {
            var corpus = TerraformSpecs.Corpus(file);
            var spec = corpus with { ServiceRole = corpus.ServiceRole ?? "EMR_DefaultRole", JobFlowRole = corpus.JobFlowRole ?? "EMR_EC2_DefaultRole" };
            string? json = null;
            try
            {
                json = CloudFormationJson.Write(spec);
            }
            catch (UnrepresentableException e)
            {
                Assert.Equal("CloudFormation", e.Format);
                Assert.False(string.IsNullOrWhiteSpace(e.Path), file);
                Assert.False(string.IsNullOrWhiteSpace(e.Reason), file);
            }
            catch (LiteralSecretException e)
            {
                Assert.StartsWith(e.Path + " holds a literal secret", e.Message);
            }

            if (json is not null)
            {
                yield return ("corpus-" + Path.GetFileNameWithoutExtension(file) + ".cfn.json", json);
            }
        }
    }

    [Fact]
    public void The_validator_reports_a_value_the_property_does_not_allow()
    {
        var reader = new WireReader();
        var file = Corpus.Names(Corpus.Serverless).First(name => !Corpus.IsStartJobRun(name));
        var spec = ServerlessApplicationSpec.Shape.Read(JsonParser.Parse(Corpus.Text(Corpus.Serverless, file)), reader, string.Empty);
        var template = CloudFormationTemplateTests.Parse(ServerlessCloudFormationJson.Write(spec));
        var application = template["Resources"]!.AsObject().Single().Value!["Properties"]!.AsObject();
        application["Architecture"] = "X86";
        var path = Path.Combine(Directory.CreateTempSubdirectory("emrdsl-cfn-").FullName, "broken.cfn.json");
        File.WriteAllText(path, template.ToJsonString());

        Assert.Contains("Properties.Architecture: AWS::EMRServerless::Application: must be equal to one of the allowed values", CloudFormationValidator.Findings(new[] { path }));
    }

    private static IEnumerable<(string Name, string Json)> ApplicationCorpus()
    {
        foreach (var file in Corpus.Names(Corpus.Serverless).Where(name => !Corpus.IsStartJobRun(name)))
        {
            var reader = new WireReader();
            var spec = ServerlessApplicationSpec.Shape.Read(JsonParser.Parse(Corpus.Text(Corpus.Serverless, file)), reader, string.Empty);
            Assert.Empty(reader.Errors);
            string? json = null;
            try
            {
                json = ServerlessCloudFormationJson.Write(spec);
            }
            catch (UnrepresentableException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Path), file);
            }

            if (json is not null)
            {
                yield return ("corpus-" + Path.GetFileNameWithoutExtension(file) + ".cfn.json", json);
            }
        }
    }
}
