using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>CreateJobTemplateRequest</c> structure of the EMR on EKS (emr-containers) API.</summary>
public sealed record EksJobTemplateSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The job template's name.</summary>
    public string? Name { get; init; }

    /// <summary>The client idempotency token (the SDK fills one in when absent).</summary>
    public string? ClientToken { get; init; }

    /// <summary>The job run the template starts.</summary>
    public EksJobTemplateDataSpec? JobTemplateData { get; init; }

    /// <summary>The tags assigned to the job template.</summary>
    public EquatableArray<MapEntry> Tags { get; init; }

    /// <summary>The KMS key that encrypts the template, or a <c>${Parameter}</c>.</summary>
    public string? KmsKeyArn { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksJobTemplateSpec> Shape = new ApiShape<EksJobTemplateSpec>("CreateJobTemplateRequest", () => new EksJobTemplateSpec())
        .Member("name", Codec.String, s => s.Name, (s, v) => s with { Name = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 64))
        .Member("clientToken", Codec.String, s => s.ClientToken, (s, v) => s with { ClientToken = v }, MemberLimits.Of(minLength: 1, maxLength: 64))
        .Member("jobTemplateData", Codec.Object(() => EksJobTemplateDataSpec.Shape), s => s.JobTemplateData, (s, v) => s with { JobTemplateData = v }, MemberLimits.Of(required: true))
        .Member("tags", Codec.Map, s => s.Tags, (s, v) => s with { Tags = v }, MemberLimits.Of(maxLength: 50))
        .Member("kmsKeyArn", Codec.String, s => s.KmsKeyArn, (s, v) => s with { KmsKeyArn = v }, MemberLimits.Of(minLength: 3, maxLength: 2048));
}
