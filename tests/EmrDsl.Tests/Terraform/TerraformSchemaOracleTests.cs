using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using EmrDsl.Emit.Terraform;
using EmrDsl.Testing;
using Xunit;
using Xunit.Sdk;

namespace EmrDsl.Tests.Terraform;

/// <summary>The oracle must reject wrong documents, or its approval of the emitter's output means nothing.</summary>
public sealed class TerraformSchemaOracleTests
{
    private const string Name = "etl_daily_2026_04_25";

    public static IEnumerable<object[]> BrokenDocuments() => new[]
    {
        Case("unknown argument", d => Cluster(d)["market"] = "SPOT", "market: unknown argument"),
        Case("wrong type", d => Block(d, "core_instance_group")["instance_count"] = "2", "instance_count: expected a number"),
        Case("missing required", d => Cluster(d).Remove("service_role"), "service_role: required argument is missing"),
        Case("computed-only", d => Cluster(d)["arn"] = "arn:aws:elasticmapreduce:x", "arn: computed-only attribute"),
        Case("unescaped interpolation", d => ((JsonObject)Cluster(d)["tags"]!)["Owner"] = "${team}", "interpolation '${team}' is not a resource or variable reference"),
        Case("unescaped directive", d => ((JsonObject)Cluster(d)["tags"]!)["Owner"] = "%{if x}", "unescaped template directive"),
        Case("undeclared reference", d => TaskGroup(d)["cluster_id"] = "${aws_emr_cluster.other.id}", "which this document does not declare"),
        Case("unknown reference attribute", d => TaskGroup(d)["cluster_id"] = "${aws_emr_cluster." + Name + ".cluster_id}", "which aws_emr_cluster does not have"),
        Case("unknown resource type", d => ((JsonObject)d["resource"]!)["aws_emr_job_flow"] = new JsonObject(), "aws_emr_job_flow: not a resource type"),
        Case("too many blocks", d => Cluster(d)["master_instance_group"] = new JsonArray(Block(d, "master_instance_group").DeepClone(), Block(d, "master_instance_group").DeepClone()), "2 block(s), the schema allows 0 to 1"),
        Case("object attribute missing", d => HadoopJarStep(d).Remove("main_class"), "main_class: an object value must hold every attribute"),
        Case("object attribute unknown", d => HadoopJarStep(d)["step_id"] = null, "step_id: not an attribute of this object type"),
        Case("enum", d => Cluster(d)["scale_down_behavior"] = "TERMINATE_NOW", "is not one of"),
        Case("enum on a number", d => Block(d, "master_instance_group")["instance_count"] = 2, "2 is not one of [1,3]"),
        Case("range", d => Cluster(d)["step_concurrency_level"] = 0, "below the minimum 1"),
        Case("conflict", d => Block(d, "ec2_attributes")["subnet_ids"] = new JsonArray("subnet-1"), "conflicts with"),
        Case("json text", d => Cluster(d)["configurations_json"] = "[{\"Classification\": ", "not valid JSON text"),
        Case("pattern", d => Cluster(d)["custom_ami_id"] = "image-1", "does not match"),
        Case("bad resource name", d => Rename((JsonObject)((JsonObject)d["resource"]!)["aws_emr_cluster"]!, Name, "1cluster"), "not a valid resource name"),
        Case("list element type", d => Cluster(d)["applications"] = new JsonArray("Spark", 3), "applications[1]: expected a string"),
        Case("undeclared variable", d => Cluster(d)["log_uri"] = "${var.log_bucket}", "refers to a variable this document does not declare"),
        Case("unknown section", d => d["provider"] = new JsonObject(), "provider: not a section"),
        Case("unknown variable argument", d => d["variable"] = new JsonObject { ["x"] = new JsonObject { ["secret"] = true } }, "variable.x.secret: not an argument of a variable"),
        Case("sensitive not a bool", d => d["variable"] = new JsonObject { ["x"] = new JsonObject { ["sensitive"] = "yes" } }, "variable.x.sensitive: expected a bool"),
        Case("output without value", d => d["output"] = new JsonObject { ["id"] = new JsonObject { ["description"] = "id" } }, "output.id.value: an output needs a value"),
        Case("output of an undeclared resource", d => d["output"] = new JsonObject { ["id"] = new JsonObject { ["value"] = "${aws_emr_cluster.other.id}" } }, "which this document does not declare"),
        Case("other provider", d => d["terraform"] = new JsonObject { ["required_providers"] = new JsonObject { ["google"] = new JsonObject() } }, "need the aws provider only"),
        Case("provider source", d => d["terraform"] = new JsonObject { ["required_providers"] = new JsonObject { ["aws"] = new JsonObject { ["source"] = "acme/aws", ["version"] = "6.25.0" } } }, "expected \"hashicorp/aws\""),
        Case("ignore_changes of an unknown argument", d => Cluster(d)["lifecycle"] = new JsonObject { ["ignore_changes"] = new JsonArray("steps") }, "\"steps\" is not an argument of this resource"),
        Case("unknown lifecycle argument", d => Cluster(d)["lifecycle"] = new JsonObject { ["ignore_all"] = true }, "lifecycle.ignore_all: not a lifecycle argument"),
    };

    [Fact]
    public void Emitted_seed_document_is_valid()
    {
        Assert.Empty(TerraformSchemaOracle.Validate(TerraformJson.Write(TerraformSpecs.Seed)));
    }

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void Broken_document_is_rejected(string what, Action<JsonObject> breakIt, string expected)
    {
        var document = (JsonObject)JsonNode.Parse(TerraformJson.Write(TerraformSpecs.Seed))!;
        breakIt(document);
        var json = document.ToJsonString();

        var errors = TerraformSchemaOracle.Validate(json);

        Assert.True(errors.Count > 0, what + ": no error reported");
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
        Assert.Throws<XunitException>(() => TerraformSchemaOracle.AssertValid(json));
    }

    [Fact]
    public void Declared_variables_outputs_settings_and_lifecycle_are_valid()
    {
        var document = (JsonObject)JsonNode.Parse(TerraformJson.Write(TerraformSpecs.Seed))!;
        Cluster(document)["lifecycle"] = new JsonObject { ["ignore_changes"] = new JsonArray("step", "kerberos_attributes") };
        Cluster(document)["log_uri"] = "${var.log_bucket}";
        document["variable"] = new JsonObject { ["log_bucket"] = new JsonObject { ["type"] = "string", ["sensitive"] = true } };
        document["output"] = new JsonObject { ["id"] = new JsonObject { ["value"] = "${aws_emr_cluster." + Name + ".id}" } };
        document["terraform"] = new JsonObject { ["required_providers"] = new JsonObject { ["aws"] = new JsonObject { ["source"] = "hashicorp/aws", ["version"] = "6.25.0" } } };

        Assert.Empty(TerraformSchemaOracle.Validate(document.ToJsonString()));
    }

    [Fact]
    public void Escapes_are_not_interpolations()
    {
        var document = (JsonObject)JsonNode.Parse(TerraformJson.Write(TerraformSpecs.Seed))!;
        ((JsonObject)Cluster(document)["tags"]!)["Owner"] = "$${team} %%{x} $$${y}";

        Assert.Empty(TerraformSchemaOracle.Validate(document.ToJsonString()));
    }

    private static object[] Case(string what, Action<JsonObject> breakIt, string expected) => new object[] { what, breakIt, expected };

    private static JsonObject Cluster(JsonObject document) => (JsonObject)document["resource"]!["aws_emr_cluster"]![Name]!;

    private static JsonObject TaskGroup(JsonObject document) => (JsonObject)document["resource"]!["aws_emr_instance_group"]![Name + "_task_1"]!;

    private static JsonObject Block(JsonObject document, string name)
    {
        var cluster = Cluster(document);
        if (cluster[name] is null)
        {
            cluster[name] = new JsonObject();
        }

        return (JsonObject)cluster[name]!;
    }

    private static JsonObject HadoopJarStep(JsonObject document) => (JsonObject)Cluster(document)["step"]![0]!["hadoop_jar_step"]![0]!;

    private static void Rename(JsonObject parent, string from, string to)
    {
        var value = parent[from]!;
        parent.Remove(from);
        parent[to] = value;
    }
}
