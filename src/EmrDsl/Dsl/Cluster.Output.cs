using EmrDsl.Emit;

namespace EmrDsl;

public sealed partial class Cluster
{
    /// <summary>The RunJobFlow request JSON: members in the service model's order, no nulls, invariant formatting.</summary>
    public string ToRunJobFlowJson() => RunJobFlowJson.Write(Spec);
}
