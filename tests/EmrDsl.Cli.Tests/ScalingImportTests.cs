using Xunit;

namespace EmrDsl.Cli.Tests;

/// <summary><c>emrdsl import</c> of the scaling requests and the bare policy: each becomes an [EmrScaling] definition that builds the same JSON.</summary>
public sealed class ScalingImportTests
{
    private const string Policy = """
        {"Constraints": {"MinCapacity": 2, "MaxCapacity": 10},
         "Rules": [
           {"Name": "out", "Description": "Add nodes when YARN memory runs low",
            "Action": {"SimpleScalingPolicyConfiguration": {"AdjustmentType": "CHANGE_IN_CAPACITY", "ScalingAdjustment": 2, "CoolDown": 300}},
            "Trigger": {"CloudWatchAlarmDefinition": {"ComparisonOperator": "LESS_THAN", "EvaluationPeriods": 1, "MetricName": "YARNMemoryAvailablePercentage",
              "Namespace": "AWS/ElasticMapReduce", "Period": 300, "Statistic": "AVERAGE", "Threshold": 15, "Unit": "PERCENT",
              "Dimensions": [{"Key": "JobFlowId", "Value": "${emr.clusterId}"}]}}},
           {"Name": "in", "Action": {"SimpleScalingPolicyConfiguration": {"AdjustmentType": "CHANGE_IN_CAPACITY", "ScalingAdjustment": -1, "CoolDown": 300}},
            "Trigger": {"CloudWatchAlarmDefinition": {"ComparisonOperator": "GREATER_THAN", "MetricName": "YARNMemoryAvailablePercentage",
              "Namespace": "AWS/ElasticMapReduce", "Period": 300, "Threshold": 75}}}]}
        """;

    [Fact]
    public void A_bare_policy_imports_as_an_unbound_InstanceGroupScaling_that_rebuilds_it()
    {
        var path = Payload.Write(Policy);

        var run = CliRun.Of("import", path);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("[EmrScaling]\n    public static InstanceGroupScaling Imported => InstanceGroupScaling.Create()", run.Output);
        Assert.Contains(".AutoScaling(2, 10, p => p", run.Output);
        Assert.DoesNotContain(".With(", run.Output);
        ImportedRequest.RebuildsTheSameRequest(path, "Bare.Policy");
    }

    [Fact]
    public void A_PutAutoScalingPolicy_request_imports_with_its_cluster_and_group()
    {
        var path = Payload.Write($$"""{"ClusterId": "j-2AXXXXXXGAPLF", "InstanceGroupId": "ig-1XXXXXXXXXXXX", "AutoScalingPolicy": {{Policy}}}""");

        var run = CliRun.Of("import", path);

        Assert.Contains("InstanceGroupScaling.For(\"j-2AXXXXXXGAPLF\", \"ig-1XXXXXXXXXXXX\")", run.Output);
        ImportedRequest.RebuildsTheSameRequest(path, "Put.Policy");
    }

    [Fact]
    public void A_PutManagedScalingPolicy_request_imports_as_ManagedScalingLimits()
    {
        var path = Payload.Write("""{"ClusterId": "j-1", "ManagedScalingPolicy": {"ComputeLimits": {"UnitType": "InstanceFleetUnits", "MinimumCapacityUnits": 2, "MaximumCapacityUnits": 40, "MaximumOnDemandCapacityUnits": 10}}}""");

        var run = CliRun.Of("import", path);

        Assert.Contains("ManagedScalingLimits.For(\"j-1\")", run.Output);
        Assert.Contains(".Limits(2, 40, ComputeLimitsUnitType.InstanceFleetUnits, maxOnDemand: 10)", run.Output);
        Assert.DoesNotContain(".With(", run.Output);
        ImportedRequest.RebuildsTheSameRequest(path, "Put.Managed");
    }

    [Fact]
    public void Members_the_fluent_form_lacks_are_kept_raw()
    {
        var path = Payload.Write("""{"ClusterId": "j-1", "ManagedScalingPolicy": {"ComputeLimits": {"UnitType": "Instances", "MinimumCapacityUnits": 1, "MaximumCapacityUnits": 5}, "ScalingStrategy": "ADVANCED", "UtilizationPerformanceIndex": 75}}""");

        Assert.Contains(".With(", CliRun.Of("import", path).Output);
        ImportedRequest.RebuildsTheSameRequest(path, "Put.Advanced");
    }

    [Fact]
    public void Rules_the_typed_calls_rebuild_exactly_import_as_ScaleOut_and_ScaleIn()
    {
        var path = Payload.Write("""
            {"Constraints": {"MinCapacity": 1, "MaxCapacity": 8},
             "Rules": [
               {"Name": "pending", "Action": {"SimpleScalingPolicyConfiguration": {"AdjustmentType": "CHANGE_IN_CAPACITY", "ScalingAdjustment": 2, "CoolDown": 300}},
                "Trigger": {"CloudWatchAlarmDefinition": {"ComparisonOperator": "GREATER_THAN", "EvaluationPeriods": 2, "MetricName": "ContainerPendingRatio",
                  "Namespace": "AWS/ElasticMapReduce", "Period": 300, "Threshold": 0.75, "Dimensions": [{"Key": "JobFlowId", "Value": "${emr.clusterId}"}]}}},
               {"Name": "idle", "Action": {"SimpleScalingPolicyConfiguration": {"AdjustmentType": "CHANGE_IN_CAPACITY", "ScalingAdjustment": -1, "CoolDown": 600}},
                "Trigger": {"CloudWatchAlarmDefinition": {"ComparisonOperator": "GREATER_THAN_OR_EQUAL", "MetricName": "YARNMemoryAvailablePercentage",
                  "Namespace": "AWS/ElasticMapReduce", "Period": 300, "Statistic": "MINIMUM", "Threshold": 80, "Dimensions": [{"Key": "JobFlowId", "Value": "${emr.clusterId}"}]}}},
               {"Name": "walkthrough", "Action": {"SimpleScalingPolicyConfiguration": {"AdjustmentType": "CHANGE_IN_CAPACITY", "ScalingAdjustment": 2, "CoolDown": 300}},
                "Trigger": {"CloudWatchAlarmDefinition": {"ComparisonOperator": "GREATER_THAN", "MetricName": "MemoryAvailableMB",
                  "Namespace": "AWS/ElasticMapReduce", "Period": 300, "Threshold": 2000, "Dimensions": [{"Key": "JobFlowId", "Value": "${emr.clusterId}"}]}}}]}
            """);

        var run = CliRun.Of("import", path);

        Assert.Contains(".ScaleOut(\"pending\", 2, ScalingMetric.ContainerPendingRatio.Above(0.75).For(2))", run.Output);
        Assert.Contains("ScalingMetric.YarnMemoryAvailablePercentage.Above(80.0, orEqual: true).Using(Statistic.Minimum)", run.Output);
        Assert.Contains("coolDownSeconds: 600", run.Output);

        // A rule that scales against its metric is refused by the typed calls, so it keeps its hand-written form.
        Assert.Contains(".Rule(\"walkthrough\"", run.Output);
        ImportedRequest.RebuildsTheSameRequest(path, "Typed.Policy");
    }
}
