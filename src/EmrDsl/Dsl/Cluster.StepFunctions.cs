using EmrDsl.Emit.StepFunctions;

namespace EmrDsl;

public sealed partial class Cluster
{
    /// <summary>
    /// An Amazon States Language state machine that creates the cluster, runs each step as its own state, terminates
    /// the cluster, and terminates it on any failure. Throws <see cref="StepFunctionsRefusedException"/> when the
    /// integration could not run the definition (EMR030, EMR031); see docs/step-functions.md.
    /// </summary>
    public string ToStepFunctionsJson(StepFunctionsOptions? options = null) => ClusterStateMachine.Write(Spec, options);
}
