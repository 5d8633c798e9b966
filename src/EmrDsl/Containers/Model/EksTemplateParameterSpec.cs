using EmrDsl.Wire;

namespace EmrDsl.Containers.Model;

/// <summary>The <c>TemplateParameterConfiguration</c> structure of the EMR on EKS API: a job template parameter's type and default.</summary>
public sealed record EksTemplateParameterSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>Whether the value is a number or a string.</summary>
    public TemplateParameterType? Type { get; init; }

    /// <summary>The value a run that does not set the parameter gets.</summary>
    public string? DefaultValue { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<EksTemplateParameterSpec> Shape = new ApiShape<EksTemplateParameterSpec>("TemplateParameterConfiguration", () => new EksTemplateParameterSpec())
        .Member("type", Codec.Enum<TemplateParameterType>(), s => s.Type, (s, v) => s with { Type = v })
        .Member("defaultValue", Codec.String, s => s.DefaultValue, (s, v) => s with { DefaultValue = v }, MemberLimits.Of(minLength: 1, maxLength: 1024));
}
