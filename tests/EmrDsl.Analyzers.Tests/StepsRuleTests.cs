using System.Threading.Tasks;

namespace EmrDsl.Analyzers.Tests;

/// <summary>The rules that apply to steps on their own run on [EmrSteps] definitions and are reported at the step call.</summary>
public sealed class StepsRuleTests
{
    [Fact]
    public Task A_credential_in_a_step_is_reported_at_the_step_call() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Backfills
        {
            [EmrSteps]
            public static JobFlowSteps Daily => JobFlowSteps.For("j-2AXXXXXXGAPLF")
                .Step(Step.Hive("load", "s3://acme-jobs/load.q"))
                {|EMR011:.Step(Step.SparkSubmit("copy", "s3://acme-jobs/copy.py").Args("--key", "AKIAIOSFODNN7EXAMPLE"))|};
        }
        """, "EMR011");

    [Fact]
    public Task Cluster_rules_do_not_run_on_steps_alone() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Backfills
        {
            [EmrSteps]
            public static JobFlowSteps Daily => JobFlowSteps.For("{{ ti.xcom_pull(task_ids='find_cluster') }}")
                .Step(Step.Hive("load", "s3://acme-jobs/load.q").OnFailure(ActionOnFailure.TerminateCluster));
        }
        """, "EMR002", "EMR004", "EMR008", "EMR010", "EMR011", "EMR014", "EMR015");
}
