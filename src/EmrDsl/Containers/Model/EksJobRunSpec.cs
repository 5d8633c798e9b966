using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>StartJobRunRequest</c> structure of the EMR on EKS (emr-containers) API.</summary>
public sealed record EksJobRunSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The name of the job run.</summary>
    public string? Name { get; init; }

    /// <summary>The virtual cluster ID for which the job run request is submitted.</summary>
    public string? VirtualClusterId { get; init; }

    /// <summary>The client idempotency token of the job run request.</summary>
    public string? ClientToken { get; init; }

    /// <summary>The execution role ARN for the job run.</summary>
    public string? ExecutionRoleArn { get; init; }

    /// <summary>The Amazon EMR release version to use for the job run.</summary>
    public string? ReleaseLabel { get; init; }

    /// <summary>The job driver for the job run.</summary>
    public EksJobDriverSpec? JobDriver { get; init; }

    /// <summary>The configuration overrides for the job run.</summary>
    public EksConfigurationOverridesSpec? ConfigurationOverrides { get; init; }

    /// <summary>The tags assigned to job runs.</summary>
    public EquatableArray<MapEntry> Tags { get; init; }

    /// <summary>The job template ID to be used to start the job run.</summary>
    public string? JobTemplateId { get; init; }

    /// <summary>The values of job template parameters to start a job run.</summary>
    public EquatableArray<MapEntry> JobTemplateParameters { get; init; }

    /// <summary>The retry policy configuration for the job run.</summary>
    public EksRetryPolicySpec? RetryPolicyConfiguration { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksJobRunSpec> Shape = new ApiShape<EksJobRunSpec>("StartJobRunRequest", () => new EksJobRunSpec())
        .Member("name", Codec.String, s => s.Name, (s, v) => s with { Name = v }, MemberLimits.Of(minLength: 1, maxLength: 64))
        .Member("virtualClusterId", Codec.String, s => s.VirtualClusterId, (s, v) => s with { VirtualClusterId = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 64))
        .Member("clientToken", Codec.String, s => s.ClientToken, (s, v) => s with { ClientToken = v }, MemberLimits.Of(minLength: 1, maxLength: 64))
        .Member("executionRoleArn", Codec.String, s => s.ExecutionRoleArn, (s, v) => s with { ExecutionRoleArn = v }, MemberLimits.Of(minLength: 20, maxLength: 2048))
        .Member("releaseLabel", Codec.String, s => s.ReleaseLabel, (s, v) => s with { ReleaseLabel = v }, MemberLimits.Of(minLength: 1, maxLength: 64))
        .Member("jobDriver", Codec.Object(() => EksJobDriverSpec.Shape), s => s.JobDriver, (s, v) => s with { JobDriver = v })
        .Member("configurationOverrides", Codec.Object(() => EksConfigurationOverridesSpec.Shape), s => s.ConfigurationOverrides, (s, v) => s with { ConfigurationOverrides = v })
        .Member("tags", Codec.Map, s => s.Tags, (s, v) => s with { Tags = v }, MemberLimits.Of(maxLength: 50))
        .Member("jobTemplateId", Codec.String, s => s.JobTemplateId, (s, v) => s with { JobTemplateId = v }, MemberLimits.Of(minLength: 1, maxLength: 64))
        .Member("jobTemplateParameters", Codec.Map, s => s.JobTemplateParameters, (s, v) => s with { JobTemplateParameters = v }, MemberLimits.Of(maxLength: 100))
        .Member("retryPolicyConfiguration", Codec.Object(() => EksRetryPolicySpec.Shape), s => s.RetryPolicyConfiguration, (s, v) => s with { RetryPolicyConfiguration = v });
}
