using System.Collections.Generic;
using System.Linq;
using EmrDsl.Rules.Support;
using EmrDsl.Wire;

namespace EmrDsl.Validation;

/// <summary>
/// The API's member limits (required members, lengths, ranges) checked on any request spec, for requests
/// the cluster rules do not cover (AddJobFlowSteps, EMR Serverless). RunJobFlow gets the same walk through EMR010.
/// </summary>
internal static class ApiLimits
{
    public static IReadOnlyList<WireError> Violations<TSpec>(ApiShape<TSpec> shape, TSpec spec)
        where TSpec : class =>
        ShapeLimits.Violations(shape, spec, string.Empty).Select(v => new WireError(WirePath.Display(v.Path), v.Value)).ToArray();
}
