using System.Collections.Generic;
using System.Linq;
using EmrDsl.Emit.Terraform;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Terraform;

/// <summary>lifecycle.ignore_changes follows the definition, and TerraformOptions overrides it either way.</summary>
public sealed class TerraformLifecycleTests
{
    private const string Name = "etl_daily_2026_04_25";
    private const string ClusterType = "aws_emr_cluster";

    private static readonly ClusterSpec KeptAlive = TerraformSpecs.Seed with { Instances = TerraformSpecs.Seed.Instances! with { KeepJobFlowAliveWhenNoSteps = true } };

    private static readonly ClusterSpec ManagedScaling = TerraformSpecs.Seed with
    {
        ManagedScalingPolicy = new ManagedScalingSpec { ComputeLimits = new ComputeLimitsSpec { MinimumCapacityUnits = 3, MaximumCapacityUnits = 20, UnitType = ComputeLimitsUnitType.Instances } },
    };

    [Fact]
    public void A_transient_cluster_without_scaling_or_Kerberos_ignores_nothing()
    {
        var json = TerraformJson.Write(TerraformSpecs.Seed);

        Assert.DoesNotContain("lifecycle", json);
        Assert.Empty(TerraformSafetyOracle.Validate(json));
    }

    [Fact]
    public void A_kept_alive_cluster_ignores_steps_added_outside_Terraform()
    {
        var json = TerraformJson.Write(KeptAlive);

        PayloadAssert.Matches(json, PayloadKind.Terraform, "Terraform.KeptAlive.approved.json");
        Assert.Equal(new[] { "step" }, Ignored(json, ClusterType, Name));
    }

    [Fact]
    public void Steps_managed_elsewhere_are_ignored_for_any_cluster() =>
        Assert.Equal(new[] { "step" }, Ignored(TerraformJson.Write(TerraformSpecs.Seed, new TerraformOptions { IgnoreChanges = TerraformDrift.Steps }), ClusterType, Name));

    [Fact]
    public void Managed_scaling_ignores_the_capacity_it_moves_on_core_and_task_groups()
    {
        var json = TerraformJson.Write(ManagedScaling);

        PayloadAssert.Matches(json, PayloadKind.Terraform, "Terraform.ManagedScalingGroups.approved.json");
        Assert.Equal(new[] { "core_instance_group[0].instance_count" }, Ignored(json, ClusterType, Name));
        Assert.Equal(new[] { "instance_count" }, Ignored(json, "aws_emr_instance_group", Name + "_task_1"));
    }

    [Fact]
    public void An_automatic_scaling_policy_ignores_its_own_group_only()
    {
        var policy = new AutoScalingPolicySpec
        {
            Constraints = new ScalingConstraintsSpec { MinCapacity = 2, MaxCapacity = 10 },
            Rules = EquatableArray.Create(new ScalingRuleSpec
            {
                Name = "out",
                Action = new ScalingActionSpec { SimpleScalingPolicyConfiguration = new SimpleScalingPolicySpec { ScalingAdjustment = 1 } },
                Trigger = new ScalingTriggerSpec { CloudWatchAlarmDefinition = new CloudWatchAlarmSpec { ComparisonOperator = ComparisonOperator.LessThan, MetricName = "YARNMemoryAvailablePercentage", Period = 300, Threshold = 15 } },
            }),
        };
        var spec = TerraformSpecs.Seed with
        {
            Instances = TerraformSpecs.Seed.Instances! with
            {
                InstanceGroups = TerraformSpecs.Seed.Instances.InstanceGroups.Add(TerraformSpecs.Seed.Instances.InstanceGroups[2] with { AutoScalingPolicy = policy }),
            },
        };

        var json = TerraformJson.Write(spec);

        TerraformSchemaOracle.AssertValid(json);
        Assert.Empty(Ignored(json, ClusterType, Name));
        Assert.Empty(Ignored(json, "aws_emr_instance_group", Name + "_task_1"));
        Assert.Equal(new[] { "instance_count" }, Ignored(json, "aws_emr_instance_group", Name + "_task_2"));
        Assert.Empty(TerraformSafetyOracle.Validate(json));
    }

    [Fact]
    public void Kerberos_attributes_are_ignored_and_tracking_them_is_a_choice()
    {
        var spec = TerraformSpecs.Seed with { KerberosAttributes = new KerberosSpec { Realm = "EC2.INTERNAL", KdcAdminPassword = "${var.kdc}" } };

        Assert.Equal(new[] { "kerberos_attributes" }, Ignored(TerraformJson.Write(spec), ClusterType, Name));

        var tracked = TerraformJson.Write(spec, new TerraformOptions { TrackChanges = TerraformDrift.KerberosAttributes });
        Assert.Empty(Ignored(tracked, ClusterType, Name));
        Assert.Contains(TerraformSafetyOracle.Validate(tracked), e => e.Contains("kerberos_attributes", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Tracking_wins_over_what_the_definition_decides() =>
        Assert.DoesNotContain("lifecycle", TerraformJson.Write(ManagedScaling with { Instances = KeptAlive.Instances }, new TerraformOptions { TrackChanges = TerraformDrift.Steps | TerraformDrift.ScaledCapacity }));

    [Fact]
    public void Outputs_name_the_cluster_id_and_arn_and_can_be_turned_off()
    {
        var json = (JsonObject)JsonParser.Parse(TerraformJson.Write(TerraformSpecs.Seed));
        var outputs = (JsonObject)json["output"]!;

        Assert.Equal("${aws_emr_cluster." + Name + ".id}", ((JsonString)((JsonObject)outputs[Name + "_cluster_id"]!)["value"]!).Value);
        Assert.Equal("${aws_emr_cluster." + Name + ".arn}", ((JsonString)((JsonObject)outputs[Name + "_cluster_arn"]!)["value"]!).Value);
        Assert.DoesNotContain("\"output\"", TerraformJson.Write(TerraformSpecs.Seed, new TerraformOptions { Outputs = false }));
    }

    [Fact]
    public void Required_providers_pin_the_provider_the_schema_is_from()
    {
        var json = TerraformJson.Write(TerraformSpecs.Seed, new TerraformOptions { RequiredProviders = true });

        TerraformSchemaOracle.AssertValid(json);
        Assert.Contains("\"source\": \"hashicorp/aws\"", json);
        Assert.Contains("\"version\": \"~> 6.25\"", json);
        Assert.DoesNotContain("required_providers", TerraformJson.Write(TerraformSpecs.Seed));
    }

    private static List<string> Ignored(string json, string type, string name)
    {
        var resource = (JsonObject)((JsonObject)((JsonObject)((JsonObject)JsonParser.Parse(json))["resource"]!)[type]!)[name]!;
        return resource["lifecycle"] is JsonObject lifecycle
            ? ((JsonArray)lifecycle["ignore_changes"]!).Items.Select(i => ((JsonString)i).Value).ToList()
            : new List<string>();
    }
}
