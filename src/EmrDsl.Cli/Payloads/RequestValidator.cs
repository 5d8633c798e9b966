using System.Collections.Generic;
using System.Linq;
using EmrDsl.Containers.Model;
using EmrDsl.Model;
using EmrDsl.Rules;
using EmrDsl.Serverless.Model;
using EmrDsl.Validation;
using EmrDsl.Wire;

namespace EmrDsl.Cli.Payloads;

/// <summary>
/// What the API would reject in a request: wire errors (types, enum values, unknown members) from its shape
/// table, then its member limits. RunJobFlow limits come from EMR010, the rule analyzers and lint also run.
/// </summary>
internal static class RequestValidator
{
    public static IReadOnlyList<WireError> Problems(PayloadFile file) => file.Kind switch
    {
        PayloadKind.RunJobFlow => Check(ClusterSpec.Shape, file, spec => new RejectedByApiRule().Check(spec, RuleContext.Default)
            .Select(f => new WireError(WirePath.Display(f.Path), f.Message))),
        PayloadKind.AddJobFlowSteps => Check(AddJobFlowStepsSpec.Shape, file, spec => ApiLimits.Violations(AddJobFlowStepsSpec.Shape, spec)),
        PayloadKind.ServerlessCreateApplication => Check(ServerlessApplicationSpec.Shape, file, spec => ApiLimits.Violations(ServerlessApplicationSpec.Shape, spec)),
        PayloadKind.PutAutoScalingPolicy => Check(PutAutoScalingPolicySpec.Shape, file, spec => ApiLimits.Violations(PutAutoScalingPolicySpec.Shape, spec)),
        PayloadKind.PutManagedScalingPolicy => Check(PutManagedScalingPolicySpec.Shape, file, spec => ApiLimits.Violations(PutManagedScalingPolicySpec.Shape, spec)),
        PayloadKind.AutoScalingPolicy => Check(AutoScalingPolicySpec.Shape, file, spec => ApiLimits.Violations(AutoScalingPolicySpec.Shape, spec)),
        PayloadKind.PutBlockPublicAccessConfiguration => Check(PutBlockPublicAccessConfigurationSpec.Shape, file, spec => ApiLimits.Violations(PutBlockPublicAccessConfigurationSpec.Shape, spec)),
        PayloadKind.SecurityConfiguration => new SecurityConfigurationRejectedRule()
            .CheckDocument(SecurityConfigurationFile.Read(file, string.Empty), RuleContext.Default)
            .Select(f => new WireError(WirePath.Display(f.Path), f.Message.TrimEnd('.')))
            .ToArray(),
        PayloadKind.EksStartJobRun => Check(EksJobRunSpec.Shape, file, spec => ApiLimits.Violations(EksJobRunSpec.Shape, spec)),
        PayloadKind.EksCreateVirtualCluster => Check(EksVirtualClusterSpec.Shape, file, spec => ApiLimits.Violations(EksVirtualClusterSpec.Shape, spec)),
        PayloadKind.EksCreateJobTemplate => Check(EksJobTemplateSpec.Shape, file, spec => ApiLimits.Violations(EksJobTemplateSpec.Shape, spec)),
        _ => Check(ServerlessJobRunSpec.Shape, file, spec => ApiLimits.Violations(ServerlessJobRunSpec.Shape, spec)),
    };

    /// <summary>Members validation reads past without checking (a security configuration's RangerConfiguration): printed as notes, never dropped.</summary>
    public static IReadOnlyList<WireError> Unchecked(PayloadFile file) =>
        file.Kind == PayloadKind.SecurityConfiguration ? SecurityConfigurationFile.Read(file, string.Empty).Unchecked : System.Array.Empty<WireError>();

    private static IReadOnlyList<WireError> Check<TSpec>(ApiShape<TSpec> shape, PayloadFile file, System.Func<TSpec, IEnumerable<WireError>> limits)
        where TSpec : class
    {
        var (spec, errors) = PayloadReader.Read(shape, file.Json);
        return errors.Concat(limits(spec)).ToArray();
    }
}
