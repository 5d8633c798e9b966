using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>The <c>StepConfig</c> structure of the EMR API. Specification for a cluster (job flow) step.</summary>
public sealed record StepSpec : IApiSpec
{
    ISpecShape IApiSpec.Shape => Shape;

    /// <summary>The name of the step.</summary>
    public string? Name { get; init; }

    /// <summary>The action to take when the step fails.</summary>
    public ActionOnFailure? ActionOnFailure { get; init; }

    /// <summary>The JAR file used for the step.</summary>
    public HadoopJarStepSpec? HadoopJarStep { get; init; }

    /// <summary>Object that holds configuration properties for logging.</summary>
    public StepMonitoringSpec? StepMonitoringConfiguration { get; init; }

    /// <summary>The wire form: members in the service model's order.</summary>
    internal static readonly ApiShape<StepSpec> Shape = new ApiShape<StepSpec>("StepConfig", () => new StepSpec())
        .Member("Name", Codec.String, s => s.Name, (s, v) => s with { Name = v }, MemberLimits.Of(required: true, maxLength: 256))
        .Member("ActionOnFailure", Codec.Enum<ActionOnFailure>(), s => s.ActionOnFailure, (s, v) => s with { ActionOnFailure = v })
        .Member("HadoopJarStep", Codec.Object(() => HadoopJarStepSpec.Shape), s => s.HadoopJarStep, (s, v) => s with { HadoopJarStep = v }, MemberLimits.Of(required: true))
        .Member("StepMonitoringConfiguration", Codec.Object(() => StepMonitoringSpec.Shape), s => s.StepMonitoringConfiguration, (s, v) => s with { StepMonitoringConfiguration = v });
}
