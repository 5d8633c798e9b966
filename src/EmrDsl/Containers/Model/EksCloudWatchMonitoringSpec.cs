using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>CloudWatchMonitoringConfiguration</c> structure of the EMR on EKS API. A configuration for CloudWatch monitoring.</summary>
public sealed record EksCloudWatchMonitoringSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The name of the log group for log publishing.</summary>
    public string? LogGroupName { get; init; }

    /// <summary>The specified name prefix for log streams.</summary>
    public string? LogStreamNamePrefix { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksCloudWatchMonitoringSpec> Shape = new ApiShape<EksCloudWatchMonitoringSpec>("CloudWatchMonitoringConfiguration", () => new EksCloudWatchMonitoringSpec())
        .Member("logGroupName", Codec.String, s => s.LogGroupName, (s, v) => s with { LogGroupName = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 512))
        .Member("logStreamNamePrefix", Codec.String, s => s.LogStreamNamePrefix, (s, v) => s with { LogStreamNamePrefix = v }, MemberLimits.Of(minLength: 1, maxLength: 256));
}
