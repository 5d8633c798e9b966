extern alias generator;

using System.Linq;
using EmrDsl.Artifacts;
using EmrDsl.Testing;
using EvaluatedDefinition = generator::EmrDsl.Generators.Specs.Definition;
using TrackingNames = generator::EmrDsl.Generators.TrackingNames;

namespace EmrDsl.Generators.Tests;

/// <summary>[EmrScaling] definitions (scaling requests for a running cluster): the same requests at build and run time, valid against the service model.</summary>
public sealed class ScalingDefinitionTests
{
    private const string Scaling = "Acme.Data.Scaling";

    private const string Source = """
        using EmrDsl;

        namespace Acme.Data;

        public static partial class Scaling
        {
            private static Cluster Etl => Cluster.Create("etl")
                .Master(InstanceTypes.M6g.XLarge)
                .Core(InstanceTypes.M6g.X2Large, 2)
                .Task(InstanceTypes.M6g.X2Large, 2, g => g.Named("workers").AutoScaling(2, 10, p => p
                    .ScaleOut("yarn-memory-low", 2, ScalingMetric.YarnMemoryAvailablePercentage.Below(15))
                    .ScaleIn("yarn-memory-high", 1, ScalingMetric.YarnMemoryAvailablePercentage.Above(75))))
                .ManagedScaling(2, 20, maxOnDemand: 6);

            [EmrScaling(FileName = "etl-workers")]
            public static InstanceGroupScaling Workers => InstanceGroupScaling.For("{{ cluster_id }}", "{{ workers_group_id }}")
                .PolicyOf(Etl, InstanceRole.Task, "workers");

            [EmrScaling]
            public static InstanceGroupScaling Unbound => InstanceGroupScaling.Create()
                .AutoScaling(1, 4, p => p
                    .ScaleOut("pending", 1, ScalingMetric.ContainerPendingRatio.Above(0.75).For(2))
                    .ScaleIn("idle", 1, ScalingMetric.YarnMemoryAvailablePercentage.Above(80)));

            [EmrScaling]
            public static ManagedScalingLimits Limits => ManagedScalingLimits.For("j-2AXXXXXXGAPLF").PolicyOf(Etl);
        }
        """;

    [Fact]
    public void The_scaling_constants_equal_the_runtime_output_and_are_valid_requests()
    {
        var outcome = GeneratorHarness.Run(Source);
        Assert.Empty(outcome.OutputErrors());
        Assert.Empty(outcome.Diagnostics);

        using var runtime = RuntimeLoader.Load(outcome.Output);
        var workers = (InstanceGroupScaling)runtime.Get(Scaling, "Workers")!;
        var request = (string)runtime.Constant(Scaling + "+WorkersArtifacts", ArtifactKinds.PutAutoScalingPolicy.ConstantName)!;
        Assert.Equal(workers.ToPutAutoScalingPolicyJson(), request);
        Assert.Equal(workers.ToAutoScalingPolicyJson(), runtime.Constant(Scaling + "+WorkersArtifacts", ArtifactKinds.AutoScalingPolicy.ConstantName));
        Assert.Equal("etl-workers", runtime.Constant(Scaling + "+WorkersArtifacts", ArtifactKinds.FileNameConstant));
        PayloadOracle.AssertValid(request, PayloadKind.PutAutoScalingPolicy);

        var limits = (ManagedScalingLimits)runtime.Get(Scaling, "Limits")!;
        var managed = (string)runtime.Constant(Scaling + "+LimitsArtifacts", ArtifactKinds.PutManagedScalingPolicy.ConstantName)!;
        Assert.Equal(limits.ToPutManagedScalingPolicyJson(), managed);
        PayloadOracle.AssertValid(managed, PayloadKind.PutManagedScalingPolicy);
    }

    [Fact]
    public void A_policy_bound_to_no_group_gets_only_the_bare_policy()
    {
        var outcome = GeneratorHarness.Run(Source);
        using var runtime = RuntimeLoader.Load(outcome.Output);

        Assert.Equal(
            new[] { ArtifactKinds.FileNameConstant, ArtifactKinds.AutoScalingPolicy.ConstantName },
            runtime.Artifacts(Scaling + "+UnboundArtifacts").Keys);
        var unbound = (InstanceGroupScaling)runtime.Get(Scaling, "Unbound")!;
        Assert.Equal(unbound.ToAutoScalingPolicyJson(), runtime.Constant(Scaling + "+UnboundArtifacts", ArtifactKinds.AutoScalingPolicy.ConstantName));
    }

    [Fact]
    public void Source_map_paths_lead_to_the_scaling_calls()
    {
        var outcome = GeneratorHarness.Run(Source);
        var unbound = outcome.StepOutputs<EvaluatedDefinition>(TrackingNames.Definitions).Single(d => d.Name == "Scaling.Unbound").SourceMap!;

        Assert.StartsWith(".ScaleIn(\"idle\"", outcome.TextAt(unbound.Resolve("AutoScalingPolicy.Rules[1].Trigger.CloudWatchAlarmDefinition.ComparisonOperator").ToLocation()));
    }
}
