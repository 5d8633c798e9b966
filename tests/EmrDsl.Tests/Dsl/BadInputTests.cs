using System;
using System.Collections.Generic;
using EmrDsl.Model;
using Xunit;

namespace EmrDsl.Tests.Dsl;

/// <summary>Values that can never be right are rejected at the call, naming the parameter, the value and the fix.</summary>
public sealed class BadInputTests
{
    private static readonly Cluster C = Cluster.Create("c");

    public static IEnumerable<object[]> Cases() => new[]
    {
        Case("releaseLabel", "7.2.0", () => C.Release("7.2.0")),
        Case("releaseLabel", "non-empty", () => C.Release(" ")),
        Case("uri", "my-emr-logs", () => C.LogUri("my-emr-logs/")),
        Case("uri", "s3://", () => C.LogUri("s3://AB/")),
        Case("names", "at least one", () => C.Applications()),
        Case("names", "non-empty", () => C.Applications("Spark", "")),
        Case("service", "at least one role", () => C.Roles()),
        Case("subnetIds", "at least one", () => C.Subnets()),
        Case("key", "non-empty", () => C.Tag("", "v")),
        Case("level", "257", () => C.StepConcurrency(257)),
        Case("level", "0", () => C.StepConcurrency(0)),
        Case("idle", "00:00:59", () => C.AutoTerminateAfterIdle(TimeSpan.FromSeconds(59))),
        Case("idle", "7.00:00:01", () => C.AutoTerminateAfterIdle(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1))),
        Case("idle", "whole number of seconds", () => C.AutoTerminateAfterIdle(TimeSpan.FromMilliseconds(90_500))),
        Case("max", "below the minimum", () => C.ManagedScaling(10, 5)),
        Case("min", "at least 1", () => C.ManagedScaling(0, 5)),
        Case("sizeGiB", "-1", () => C.EbsRootVolume(-1)),
        Case("path", "ftp://x/y.sh", () => C.Bootstrap("b", "ftp://x/y.sh")),
        Case("name", "non-empty", () => C.Bootstrap("", "s3://my-bucket/b.sh")),
        Case("realm", "non-empty", () => C.Kerberos("", "pw")),
        Case("instanceType", "non-empty", () => C.Master("")),
        Case("count", "-1", () => C.Core("m5.xlarge", -1)),
        Case("count", "-2", () => C.Task("m5.xlarge", -2)),
        Case("name", "non-empty", () => C.Task("m5.xlarge", 1, g => g.Named(" "))),
        Case("bidPrice", "OnDemandPrice", () => C.Task("m5.xlarge", 1, g => g.Spot("0,25"))),
        Case("bidPrice", "cheap", () => C.Task("m5.xlarge", 1, g => g.Spot("cheap"))),
        Case("bidPriceUsd", "0", () => C.Task("m5.xlarge", 1, g => g.Spot(0m))),
        Case("sizeGiB", "0", () => C.Core("m5.xlarge", 1, g => g.Ebs(VolumeType.Gp3, 0))),
        Case("volumesPerInstance", "0", () => C.Core("m5.xlarge", 1, g => g.Ebs(VolumeType.Gp3, 10, volumesPerInstance: 0))),
        Case("maxCapacity", "below the minimum", () => C.Core("m5.xlarge", 1, g => g.AutoScaling(5, 2, p => p))),
        Case("periodSeconds", "0", () => C.Core("m5.xlarge", 1, g => g.AutoScaling(1, 2, p => p.Rule("r", r => r.When("m", ComparisonOperator.LessThan, 1, periodSeconds: 0))))),
        Case("timeoutMinutes", "4", () => C.CoreFleet(f => f.SpotProvisioning(4, SpotTimeoutAction.TerminateCluster))),
        Case("timeoutMinutes", "10081", () => C.CoreFleet(f => f.SpotResize(10081))),
        Case("percent", "-5", () => C.CoreFleet(f => f.InstanceType("m5.xlarge", configure: t => t.BidPercentOfOnDemand(-5)))),
        Case("weightedCapacity", "0", () => C.CoreFleet(f => f.InstanceType("m5.xlarge", 0))),
        Case("partitions", "0", () => C.SparkDefaults(s => s.ShufflePartitions(0))),
        Case("size", "8 GB", () => C.SparkDefaults(s => s.MaxPartitionBytes("8 GB"))),
        Case("bytes", "-2", () => C.SparkDefaults(s => s.AutoBroadcastJoinThreshold(-2))),
        Case("name", "non-empty", () => C.Configure("", c => c)),
        Case("key", "non-empty", () => C.Configure("x", c => c.Set("", "v"))),
        Case("configuration", "non-empty", () => C.Configure(new ConfigurationSpec { Properties = EquatableArray.Create(new MapEntry("k", "v")) })),
        Case("count", "0", () => C.LegacyInstances("m5.xlarge", "m5.xlarge", 0)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejected_with_parameter_value_and_fix(string parameter, string expectedInMessage, Action call)
    {
        var error = Assert.ThrowsAny<ArgumentException>(call);

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(expectedInMessage, error.Message);
    }

    [Fact]
    public void A_dimension_needs_an_alarm_first()
    {
        var error = Assert.Throws<InvalidOperationException>(() => C.Core("m5.xlarge", 1, g => g.AutoScaling(1, 2, p => p.Rule("r", r => r.Dimension("k", "v")))));

        Assert.Contains(".When(", error.Message);
    }

    [Fact]
    public void Definition_wide_limits_are_not_thrown()
    {
        var cluster = C.Master("m5.xlarge", count: 2).Core("m5.xlarge", 0).MasterFleet(f => f.OnDemandCapacity(1));

        Assert.Equal(2, cluster.Spec.Instances!.InstanceGroups[0].InstanceCount);
        Assert.Single(cluster.Spec.Instances.InstanceFleets);
    }

    private static object[] Case(string parameter, string expectedInMessage, Action call) => new object[] { parameter, expectedInMessage, call };
}
