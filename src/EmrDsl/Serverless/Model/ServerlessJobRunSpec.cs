using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>StartJobRunRequest</c> structure of the EMR Serverless API.</summary>
public sealed record ServerlessJobRunSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The ID of the application on which to run the job.</summary>
    public string? ApplicationId { get; init; }

    /// <summary>The client idempotency token of the job run to start.</summary>
    public string? ClientToken { get; init; }

    /// <summary>The execution role ARN for the job run.</summary>
    public string? ExecutionRoleArn { get; init; }

    /// <summary>You can pass an optional IAM policy.</summary>
    public ExecutionIamPolicySpec? ExecutionIamPolicy { get; init; }

    /// <summary>The job driver for the job run.</summary>
    public JobDriverSpec? JobDriver { get; init; }

    /// <summary>The configuration overrides for the job run.</summary>
    public ConfigurationOverridesSpec? ConfigurationOverrides { get; init; }

    /// <summary>The tags assigned to the job run.</summary>
    public EquatableArray<MapEntry> Tags { get; init; }

    /// <summary>The maximum duration for the job run to run.</summary>
    public long? ExecutionTimeoutMinutes { get; init; }

    /// <summary>The optional job run name.</summary>
    public string? Name { get; init; }

    /// <summary>The mode of the job run when it starts.</summary>
    public JobRunMode? Mode { get; init; }

    /// <summary>The retry policy when job run starts.</summary>
    public RetryPolicySpec? RetryPolicy { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<ServerlessJobRunSpec> Shape = new ApiShape<ServerlessJobRunSpec>("StartJobRunRequest", () => new ServerlessJobRunSpec())
        .Member("applicationId", Codec.String, s => s.ApplicationId, (s, v) => s with { ApplicationId = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 64))
        .Member("clientToken", Codec.String, s => s.ClientToken, (s, v) => s with { ClientToken = v }, MemberLimits.Of(minLength: 1, maxLength: 64))
        .Member("executionRoleArn", Codec.String, s => s.ExecutionRoleArn, (s, v) => s with { ExecutionRoleArn = v }, MemberLimits.Of(required: true, minLength: 20, maxLength: 2048))
        .Member("executionIamPolicy", Codec.Object(() => ExecutionIamPolicySpec.Shape), s => s.ExecutionIamPolicy, (s, v) => s with { ExecutionIamPolicy = v })
        .Member("jobDriver", Codec.Object(() => JobDriverSpec.Shape), s => s.JobDriver, (s, v) => s with { JobDriver = v })
        .Member("configurationOverrides", Codec.Object(() => ConfigurationOverridesSpec.Shape), s => s.ConfigurationOverrides, (s, v) => s with { ConfigurationOverrides = v })
        .Member("tags", Codec.Map, s => s.Tags, (s, v) => s with { Tags = v }, MemberLimits.Of(maxLength: 200))
        .Member("executionTimeoutMinutes", Codec.Long, s => s.ExecutionTimeoutMinutes, (s, v) => s with { ExecutionTimeoutMinutes = v }, MemberLimits.Of(min: 0, max: 1000000))
        .Member("name", Codec.String, s => s.Name, (s, v) => s with { Name = v }, MemberLimits.Of(minLength: 1, maxLength: 256))
        .Member("mode", Codec.Enum<JobRunMode>(), s => s.Mode, (s, v) => s with { Mode = v })
        .Member("retryPolicy", Codec.Object(() => RetryPolicySpec.Shape), s => s.RetryPolicy, (s, v) => s with { RetryPolicy = v });
}
