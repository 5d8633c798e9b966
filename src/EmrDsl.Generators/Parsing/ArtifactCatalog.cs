using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Artifacts;
using EmrDsl.Containers;
using EmrDsl.Emit.StepFunctions;
using EmrDsl.Emit.Terraform;
using EmrDsl.Generators.Specs;
using EmrDsl.Model;
using EmrDsl.Rules;
using EmrDsl.Serverless;

namespace EmrDsl.Generators.Parsing;

/// <summary>
/// The constants emitted for every definition, named by the shared <see cref="ArtifactKinds"/> table (the
/// build task and the CLI read them back by those names). A new payload kind is one more line in
/// <see cref="Payloads"/>; a payload that does not apply to a definition yields null and is left out.
/// </summary>
internal static class ArtifactCatalog
{
    private static readonly Payload[] Payloads =
    {
        Payload.Of<Cluster>(ArtifactKinds.RunJobFlow, (cluster, _) => cluster.ToRunJobFlowJson()),
        Payload.Of<Cluster>(ArtifactKinds.AddJobFlowSteps, (cluster, options) => cluster.Spec.Steps.IsEmpty ? null : cluster.ToAddJobFlowStepsJson(options.JobFlowId)),
        Payload.Of<Cluster>(ArtifactKinds.SecurityConfiguration, (cluster, _) => cluster.SecurityConfigurationDocument is null ? null : cluster.ToSecurityConfigurationJson()),
        Payload.Of<Cluster>(ArtifactKinds.Terraform, (cluster, options) => cluster.ToTerraformJson(options.Terraform)),
        Payload.Of<ServerlessApplication>(ArtifactKinds.CreateApplication, (application, _) => application.ToCreateApplicationJson()),
        Payload.Of<ServerlessApplication>(ArtifactKinds.Terraform, (application, _) => application.ToTerraformJson()),
        Payload.Of<ServerlessJobRun>(ArtifactKinds.StartJobRun, (jobRun, _) => jobRun.ToStartJobRunJson()),
        Payload.Of<JobFlowSteps>(ArtifactKinds.AddJobFlowSteps, (steps, _) => steps.ToAddJobFlowStepsJson()),
        Payload.Of<InstanceGroupScaling>(ArtifactKinds.PutAutoScalingPolicy, (scaling, _) => scaling.Spec.ClusterId is null ? null : scaling.ToPutAutoScalingPolicyJson()),
        Payload.Of<InstanceGroupScaling>(ArtifactKinds.AutoScalingPolicy, (scaling, _) => scaling.ToAutoScalingPolicyJson()),
        Payload.Of<ManagedScalingLimits>(ArtifactKinds.PutManagedScalingPolicy, (limits, _) => limits.ToPutManagedScalingPolicyJson()),
        Payload.Of<Cluster>(ArtifactKinds.StepFunctions, (cluster, options) => options.StepFunctions ? cluster.ToStepFunctionsJson() : null),
        Payload.Of<EksJobRun>(ArtifactKinds.EksStartJobRun, (jobRun, _) => jobRun.ToStartJobRunJson()),
    };

    /// <summary>
    /// The artifacts of <paramref name="value"/> (a cluster, application or job run). A payload its target cannot
    /// express (Terraform has no argument for some request members) is left out and reported through
    /// <paramref name="skipped"/>, never guessed; a state machine Step Functions could not run is left out and its findings
    /// (EMR030, EMR031) go to <paramref name="refused"/>.
    /// </summary>
    public static EquatableArray<NamedArtifact> For(object value, DefinitionResource resource, string fileName, ArtifactOptions options, List<TerraformConversionException> skipped, List<Finding> refused)
    {
        var artifacts = new List<NamedArtifact>();
        if (resource is { NameConstant: { } nameConstant, Name: { } name })
        {
            artifacts.Add(new NamedArtifact(nameConstant, name));
        }

        artifacts.Add(new NamedArtifact(ArtifactKinds.FileNameConstant, fileName));
        foreach (var payload in Payloads.Where(p => p.Source == value.GetType()))
        {
            try
            {
                if (payload.Write(value, options) is { } content)
                {
                    artifacts.Add(new NamedArtifact(payload.Kind.ConstantName, content));
                }
            }
            catch (TerraformConversionException e)
            {
                skipped.Add(e);
            }
            catch (StepFunctionsRefusedException e)
            {
                refused.AddRange(e.Findings);
            }
        }

        return artifacts.ToEquatableArray();
    }

    private sealed record Payload(ArtifactKind Kind, Type Source, Func<object, ArtifactOptions, string?> Write)
    {
        public static Payload Of<T>(ArtifactKind kind, Func<T, ArtifactOptions, string?> write) =>
            new(kind, typeof(T), (value, options) => write((T)value, options));
    }
}
