using System.Threading.Tasks;

namespace EmrDsl.Analyzers.Tests;

/// <summary>The scaling rules (EMR020-EMR028) reported at the DSL call that wrote the value.</summary>
public sealed class ScalingRuleTests
{
    [Fact]
    public Task The_walkthrough_policy_is_reported_at_its_When() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Roles(autoScaling: "EMR_AutoScaling_DefaultRole")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2)
                .Task("r5.xlarge", 2, g => g.AutoScaling(2, 10, p => p
                    .Rule("ScaleOutMemory", r => r
                        .Description("Add nodes when memory is high")
                        .Adjust(2, coolDownSeconds: 300)
                        {|EMR020:.When("MemoryAvailableMB", ComparisonOperator.GreaterThan, 2000)|})));
        }
        """, "EMR020");

    [Fact]
    public Task A_policy_that_only_grows_is_reported_at_the_call_that_last_wrote_its_rules() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Roles(autoScaling: "EMR_AutoScaling_DefaultRole")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2)
                .Task("r5.xlarge", 2, g => g.AutoScaling(2, 10, p => p
                    {|EMR021:.ScaleOut("containers-pending", 2, ScalingMetric.ContainerPendingRatio.Above(0.75))|}));
        }
        """, "EMR021");

    [Fact]
    public Task Typed_two_way_rules_are_fine() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Roles(autoScaling: "EMR_AutoScaling_DefaultRole")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2)
                .Task("r5.xlarge", 2, g => g.AutoScaling(2, 10, p => p
                    .ScaleOut("yarn-memory-low", 2, ScalingMetric.YarnMemoryAvailablePercentage.Below(15))
                    .ScaleIn("yarn-memory-high", 1, ScalingMetric.YarnMemoryAvailablePercentage.Above(75))));
        }
        """, "EMR020", "EMR021", "EMR022", "EMR023", "EMR024", "EMR025", "EMR026", "EMR027", "EMR028");

    [Fact]
    public Task Overlapping_thresholds_and_a_short_cool_down_are_reported_at_the_scale_in_rule() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Roles(autoScaling: "EMR_AutoScaling_DefaultRole")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2)
                .Task("r5.xlarge", 2, g => g.AutoScaling(2, 10, p => p
                    .ScaleOut("out", 1, ScalingMetric.YarnMemoryAvailablePercentage.Below(50))
                    {|EMR023:{|EMR023:.ScaleIn("in", 1, ScalingMetric.YarnMemoryAvailablePercentage.Above(30), coolDownSeconds: 60)|}|}));
        }
        """, "EMR023");

    [Fact]
    public Task A_task_group_outside_its_constraints_is_reported_at_its_group_call() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2)
                {|EMR022:.Task("r5.xlarge", 12, g => g.AutoScaling(2, 10, p => p
                    .ScaleOut("out", 1, ScalingMetric.ContainerPendingRatio.Above(0.75))
                    .ScaleIn("in", 1, ScalingMetric.YarnMemoryAvailablePercentage.Above(75))))|};
        }
        """, "EMR022");

    [Fact]
    public Task A_policy_without_the_role_is_reported_and_one_on_the_primary_group_is_an_error() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge", 1, g => g{|EMR024:{|EMR025:.AutoScaling(1, 3, p => p
                    .ScaleOut("out", 1, ScalingMetric.ContainerPendingRatio.Above(0.75))
                    .ScaleIn("in", 1, ScalingMetric.YarnMemoryAvailablePercentage.Above(75)))|}|})
                .Core("r5.xlarge", 2);
        }
        """, "EMR024", "EMR025");

    [Fact]
    public Task Managed_scaling_with_Trino_custom_policies_and_Spot_tasks_is_reported_at_its_calls() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Release(EmrRelease.Emr_7_2_0)
                .Applications(EmrApplication.Spark, EmrApplication.Trino)
                .Roles(autoScaling: "EMR_AutoScaling_DefaultRole")
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2)
                .Task("r5.xlarge", 2, g => g.Spot(){|EMR027:.AutoScaling(2, 10, p => p
                    .ScaleOut("out", 1, ScalingMetric.ContainerPendingRatio.Above(0.75))
                    .ScaleIn("in", 1, ScalingMetric.YarnMemoryAvailablePercentage.Above(75)))|})
                {|EMR026:{|EMR028:.ManagedScaling(2, 20)|}|};

            [EmrCluster]
            public static Cluster Room => Cluster.Create("room")
                .Release(EmrRelease.Emr_7_2_0)
                .Applications(EmrApplication.Spark)
                .Master("m5.xlarge")
                .Core("r5.xlarge", 2)
                .Task("r5.xlarge", 2, g => g.Spot())
                .ManagedScaling(2, 20, maxOnDemand: 6);
        }
        """, "EMR026", "EMR027", "EMR028");

    [Fact]
    public Task An_EmrScaling_request_is_checked_like_a_cluster_s_policy() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static partial class Pipelines
        {
            [EmrScaling]
            public static InstanceGroupScaling Workers => InstanceGroupScaling.For("j-1", "ig-1")
                .AutoScaling(2, 10, p => p
                    .ScaleOut("out", 1, ScalingMetric.ContainerPendingRatio.Above(0.75))
                    .Rule("in", r => r.Adjust(-1, coolDownSeconds: 300){|EMR020:.When("ContainerPendingRatio", ComparisonOperator.GreaterThan, 0.9)|}));

            [EmrScaling]
            public static ManagedScalingLimits Limits => ManagedScalingLimits.For("j-1"){|EMR012:.Limits(2, 20, maxCore: 30)|};
        }
        """, "EMR020", "EMR012");
}
