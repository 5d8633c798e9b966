using Acme.DataPlatform.Pipelines;
using EmrDsl;
using EmrDsl.Emit.StepFunctions;

namespace Acme.DataPlatform.StateMachines;

/// <summary>
/// The exploration backfill (the same steps) run from AWS Step Functions instead of Airflow: the build writes
/// <c>exploration-backfill-sfn.asl.json</c>, one <c>addStep.sync</c> state per step against the running cluster whose id
/// the execution input carries (<c>{"ClusterId": "j-..."}</c>), each step retried twice and given two hours, see
/// docs/step-functions.md.
/// </summary>
public static partial class ExplorationBackfillStateMachine
{
    [EmrSteps(FileName = "exploration-backfill-sfn", StepFunctions = true, StateMachineOptions = nameof(Retried))]
    public static JobFlowSteps Sessions => ExplorationBackfill.Sessions.With(steps => steps with { JobFlowId = "$.ClusterId" });

    /// <summary>A backfill step that fails is usually a lost Spot node: run it again before the state machine gives up.</summary>
    public static StepFunctionsOptions Retried => new()
    {
        Comment = "Exploration backfill on a running cluster",
        StepRetries = 2,
        RetryIntervalSeconds = 300,
        StepTimeoutSeconds = 2 * 60 * 60,
    };
}
