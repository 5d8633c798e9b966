using Xunit;

namespace EmrDsl.Cli.Tests;

/// <summary><c>emrdsl lint</c> and <c>validate</c> on scaling: the walkthrough policy in a RunJobFlow request and on its own, and the two scaling requests.</summary>
public sealed class ScalingLintTests
{
    /// <summary>The walkthrough's policy: two task nodes added when MemoryAvailableMB is GREATER_THAN 2000, nothing removes them.</summary>
    private const string WalkthroughPolicy = """
        {"Constraints": {"MinCapacity": 2, "MaxCapacity": 10},
         "Rules": [{"Name": "ScaleOutMemory", "Description": "Add nodes when memory is high",
           "Action": {"SimpleScalingPolicyConfiguration": {"AdjustmentType": "CHANGE_IN_CAPACITY", "ScalingAdjustment": 2, "CoolDown": 300}},
           "Trigger": {"CloudWatchAlarmDefinition": {"ComparisonOperator": "GREATER_THAN", "EvaluationPeriods": 1, "MetricName": "MemoryAvailableMB",
             "Namespace": "AWS/ElasticMapReduce", "Period": 300, "Statistic": "AVERAGE", "Threshold": 2000,
             "Dimensions": [{"Key": "JobFlowId", "Value": "${emr.clusterId}"}]}}}]}
        """;

    private const string TwoWayPolicy = """
        {"Constraints": {"MinCapacity": 2, "MaxCapacity": 10},
         "Rules": [
           {"Name": "out", "Action": {"SimpleScalingPolicyConfiguration": {"ScalingAdjustment": 2, "CoolDown": 300}},
            "Trigger": {"CloudWatchAlarmDefinition": {"ComparisonOperator": "LESS_THAN", "MetricName": "YARNMemoryAvailablePercentage", "Period": 300, "Threshold": 15}}},
           {"Name": "in", "Action": {"SimpleScalingPolicyConfiguration": {"ScalingAdjustment": -1, "CoolDown": 300}},
            "Trigger": {"CloudWatchAlarmDefinition": {"ComparisonOperator": "GREATER_THAN", "MetricName": "YARNMemoryAvailablePercentage", "Period": 300, "Threshold": 75}}}]}
        """;

    private static string Cluster(string policy) => $$$"""
        {"Name": "etl", "ReleaseLabel": "emr-7.2.0", "LogUri": "s3://logs/", "AutoScalingRole": "EMR_AutoScaling_DefaultRole",
         "Instances": {"Ec2SubnetId": "subnet-1", "InstanceGroups": [
           {"Name": "Master", "InstanceRole": "MASTER", "InstanceType": "m5.xlarge", "InstanceCount": 1},
           {"Name": "Core", "InstanceRole": "CORE", "InstanceType": "m5.xlarge", "InstanceCount": 2},
           {"Name": "Task", "InstanceRole": "TASK", "InstanceType": "m5.xlarge", "InstanceCount": 2, "AutoScalingPolicy": {{{policy}}}}]}}
        """;

    [Fact]
    public void The_walkthrough_policy_in_a_RunJobFlow_request_is_reported_for_direction_and_no_scale_in()
    {
        var path = Payload.Write(Cluster(WalkthroughPolicy));

        var run = CliRun.Of("lint", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{path}: EMR020 warning: ", run.Output);
        Assert.Contains("(Instances.InstanceGroups[2].AutoScalingPolicy.Rules[0].Trigger.CloudWatchAlarmDefinition.ComparisonOperator)", run.Output);
        Assert.Contains($"{path}: EMR021 warning: ", run.Output);
        Assert.Contains("(Instances.InstanceGroups[2].AutoScalingPolicy.Rules)", run.Output);
    }

    [Fact]
    public void The_bare_walkthrough_policy_document_is_reported_the_same_way()
    {
        var path = Payload.Write(WalkthroughPolicy);

        var run = CliRun.Of("lint", path, "--warnaserror");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("EMR020 warning: ", run.Output);
        Assert.Contains("(Rules[0].Trigger.CloudWatchAlarmDefinition.ComparisonOperator)", run.Output);
        Assert.Contains("EMR021 warning: ", run.Output);
        Assert.DoesNotContain("EMR002", run.Output);
    }

    [Fact]
    public void A_two_way_policy_lints_clean_alone_and_in_a_cluster()
    {
        Assert.Equal((0, string.Empty), (CliRun.Of("lint", Payload.Write(TwoWayPolicy), "--warnaserror").ExitCode, CliRun.Of("lint", Payload.Write(TwoWayPolicy)).Output));
        Assert.DoesNotContain("EMR02", CliRun.Of("lint", Payload.Write(Cluster(TwoWayPolicy))).Output);
    }

    [Fact]
    public void A_PutAutoScalingPolicy_request_is_linted_under_its_policy_member_and_validated()
    {
        var path = Payload.Write($$"""{"ClusterId": "j-1", "InstanceGroupId": "ig-1", "AutoScalingPolicy": {{WalkthroughPolicy}}}""");

        Assert.Contains("(AutoScalingPolicy.Rules[0].Trigger.CloudWatchAlarmDefinition.ComparisonOperator)", CliRun.Of("lint", path).Output);
        Assert.Contains("valid PutAutoScalingPolicy request", CliRun.Of("validate", path).Output);

        var missing = CliRun.Of("validate", Payload.Write($$"""{"AutoScalingPolicy": {{TwoWayPolicy}}}"""));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("ClusterId: PutAutoScalingPolicyInput.ClusterId is required", missing.Output);
    }

    [Fact]
    public void A_PutManagedScalingPolicy_request_is_linted_and_validated()
    {
        var path = Payload.Write("""{"ClusterId": "j-1", "ManagedScalingPolicy": {"ComputeLimits": {"UnitType": "Instances", "MinimumCapacityUnits": 10, "MaximumCapacityUnits": 5}}}""");

        var lint = CliRun.Of("lint", path);
        Assert.Contains("EMR012 warning: ", lint.Output);
        Assert.Contains("(ManagedScalingPolicy.ComputeLimits.MinimumCapacityUnits)", lint.Output);
        Assert.Contains("valid PutManagedScalingPolicy request", CliRun.Of("validate", path).Output);

        var wrongUnit = CliRun.Of("validate", Payload.Write("""{"ClusterId": "j-1", "ManagedScalingPolicy": {"ComputeLimits": {"UnitType": "Nodes", "MinimumCapacityUnits": 1, "MaximumCapacityUnits": 5}}}"""));
        Assert.Equal(1, wrongUnit.ExitCode);
        Assert.Contains("ManagedScalingPolicy.ComputeLimits.UnitType", wrongUnit.Output);
    }

    [Fact]
    public void A_bare_policy_is_validated_against_the_policy_shape()
    {
        var run = CliRun.Of("validate", Payload.Write("""{"Rules": [{"Name": "r", "Action": {"SimpleScalingPolicyConfiguration": {"ScalingAdjustment": 1}}, "Trigger": {"CloudWatchAlarmDefinition": {"ComparisonOperator": "ABOVE", "MetricName": "m", "Period": 300, "Threshold": 1}}}]}"""));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Rules[0].Trigger.CloudWatchAlarmDefinition.ComparisonOperator", run.Output);
        Assert.Contains("Constraints: AutoScalingPolicy.Constraints is required", run.Output);
        Assert.Contains("the API would reject this policy", run.Output);
    }
}
