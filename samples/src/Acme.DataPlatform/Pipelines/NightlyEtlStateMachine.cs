using EmrDsl;

namespace Acme.DataPlatform.Pipelines;

/// <summary>
/// The nightly ETL run from AWS Step Functions: the build also writes <c>nightly-etl-sfn.asl.json</c>, a state machine that
/// creates the cluster, runs each step as its own state and terminates the cluster, on failure too (docs/step-functions.md).
/// </summary>
public static partial class NightlyEtlStateMachine
{
    [EmrCluster(StepFunctions = true)]
    public static Cluster Cluster => NightlyEtl.Cluster.Named("nightly-etl-sfn");
}
