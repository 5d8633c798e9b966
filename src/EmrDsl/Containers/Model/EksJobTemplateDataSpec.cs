using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>
/// The <c>JobTemplateData</c> structure of the EMR on EKS API: the job run a template starts, with <c>${Parameter}</c>
/// placeholders the run fills in. The job driver is the job run's.
/// </summary>
public sealed record EksJobTemplateDataSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The execution role ARN, or a <c>${Parameter}</c>.</summary>
    public string? ExecutionRoleArn { get; init; }

    /// <summary>The EMR release label, or a <c>${Parameter}</c>.</summary>
    public string? ReleaseLabel { get; init; }

    /// <summary>The configuration overrides of the runs.</summary>
    public EksTemplateOverridesSpec? ConfigurationOverrides { get; init; }

    /// <summary>The job driver of the runs.</summary>
    public EksJobDriverSpec? JobDriver { get; init; }

    /// <summary>The template's parameters by name: type and default value.</summary>
    public EquatableArray<KeyedSpec<EksTemplateParameterSpec>> ParameterConfiguration { get; init; }

    /// <summary>The tags every run of the template gets.</summary>
    public EquatableArray<MapEntry> JobTags { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksJobTemplateDataSpec> Shape = new ApiShape<EksJobTemplateDataSpec>("JobTemplateData", () => new EksJobTemplateDataSpec())
        .Member("executionRoleArn", Codec.String, s => s.ExecutionRoleArn, (s, v) => s with { ExecutionRoleArn = v }, MemberLimits.Of(required: true, minLength: 4, maxLength: 2048))
        .Member("releaseLabel", Codec.String, s => s.ReleaseLabel, (s, v) => s with { ReleaseLabel = v }, MemberLimits.Of(required: true, minLength: 1, maxLength: 64))
        .Member("configurationOverrides", Codec.Object(() => EksTemplateOverridesSpec.Shape), s => s.ConfigurationOverrides, (s, v) => s with { ConfigurationOverrides = v })
        .Member("jobDriver", Codec.Object(() => EksJobDriverSpec.Shape), s => s.JobDriver, (s, v) => s with { JobDriver = v }, MemberLimits.Of(required: true))
        .Member("parameterConfiguration", Codec.ObjectMap(() => EksTemplateParameterSpec.Shape), s => s.ParameterConfiguration, (s, v) => s with { ParameterConfiguration = v }, MemberLimits.Of(maxLength: 100))
        .Member("jobTags", Codec.Map, s => s.JobTags, (s, v) => s with { JobTags = v }, MemberLimits.Of(maxLength: 50));
}
