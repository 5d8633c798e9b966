using Acme.DataPlatform.Pipelines;
using EmrDsl;

namespace Acme.DataPlatform.StateMachines;

/// <summary>
/// The exploration backfill (the same steps) run from AWS Step Functions instead of Airflow: the build writes
/// <c>exploration-backfill-sfn.asl.json</c>, one <c>addStep.sync</c> state per step against the running cluster whose id
/// the execution input carries (<c>{"ClusterId": "j-..."}</c>), see docs/step-functions.md.
/// </summary>
public static partial class ExplorationBackfillStateMachine
{
    [EmrSteps(FileName = "exploration-backfill-sfn", StepFunctions = true)]
    public static JobFlowSteps Sessions => ExplorationBackfill.Sessions.With(steps => steps with { JobFlowId = "$.ClusterId" });
}
