using EmrDsl.Emit.StepFunctions;

namespace EmrDsl.Serverless;

public sealed partial class ServerlessJobRun
{
    /// <summary>An Amazon States Language state machine that runs the job with <c>startJobRun.sync</c> on the application id in the execution input.</summary>
    public string ToStepFunctionsJson(StepFunctionsOptions? options = null) => JobRunStateMachine.Write(Spec, options);
}
