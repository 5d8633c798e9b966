namespace EmrDsl.Wire;

/// <summary>
/// A fluent DSL value (<see cref="Cluster"/>, <see cref="JobFlowSteps"/>, ...) that stands for one spec record: the
/// build-time source map writes the spec it holds. <c>SpecConventionTests</c> fails for a DSL type that exposes a spec
/// without implementing it.
/// </summary>
internal interface IHoldsApiSpec
{
    IApiSpec Spec { get; }
}
