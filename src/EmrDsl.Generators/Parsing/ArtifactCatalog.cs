using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Artifacts;
using EmrDsl.Emit;
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
/// <see cref="Payloads"/>; a payload that does not apply to a definition yields null and is left out. A payload marked
/// with an <see cref="OptionalArtifact"/> is written only when the project or the attribute asks for it.
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
        Payload.Of<SecurityConfiguration>(ArtifactKinds.SecurityConfiguration, (securityConfiguration, _) => securityConfiguration.ToJson()),
        Payload.Of<BlockPublicAccess>(ArtifactKinds.PutBlockPublicAccessConfiguration, (setting, _) => setting.ToPutBlockPublicAccessConfigurationJson()),
        Payload.Of<BlockPublicAccess>(ArtifactKinds.Terraform, (setting, _) => setting.ToTerraformJson()),
        Payload.Of<EksJobRun>(ArtifactKinds.EksStartJobRun, (jobRun, _) => jobRun.ToStartJobRunJson()),
        Payload.Of<EksVirtualCluster>(ArtifactKinds.EksCreateVirtualCluster, (virtualCluster, _) => virtualCluster.ToCreateVirtualClusterJson()),
        Payload.Of<EksVirtualCluster>(ArtifactKinds.Terraform, (virtualCluster, _) => virtualCluster.ToTerraformJson()),
        Payload.Of<EksJobTemplate>(ArtifactKinds.EksCreateJobTemplate, (template, _) => template.ToCreateJobTemplateJson()),
        Payload.Of<EksJobTemplate>(ArtifactKinds.Terraform, (template, _) => template.ToTerraformJson()),
        Payload.Optional<Cluster>(OptionalArtifacts.StepFunctions, (cluster, options) => cluster.ToStepFunctionsJson(options.StateMachine)),
        Payload.Optional<JobFlowSteps>(OptionalArtifacts.StepFunctions, (steps, options) => steps.ToStepFunctionsJson(options.StateMachine)),
        Payload.Optional<ServerlessJobRun>(OptionalArtifacts.StepFunctions, (jobRun, options) => jobRun.ToStepFunctionsJson(options.StateMachine)),
        Payload.Optional<Cluster>(OptionalArtifacts.CloudFormation, (cluster, _) => cluster.ToCloudFormationJson()),
        Payload.Optional<ServerlessApplication>(OptionalArtifacts.CloudFormation, (application, _) => application.ToCloudFormationJson()),
    };

    /// <summary>
    /// The artifacts every <paramref name="value"/> of its kind gets (a cluster, application, job run, ...). A payload its
    /// target cannot express (Terraform has no argument for some request members) is left out and reported through
    /// <paramref name="skipped"/>, never guessed.
    /// </summary>
    public static EquatableArray<NamedArtifact> For(object value, DefinitionResource resource, string fileName, ArtifactOptions options, List<TerraformConversionException> skipped)
    {
        var artifacts = new List<NamedArtifact>();
        if (resource is { NameConstant: { } nameConstant, Name: { } name })
        {
            artifacts.Add(new NamedArtifact(nameConstant, name));
        }

        artifacts.Add(new NamedArtifact(ArtifactKinds.FileNameConstant, fileName));
        foreach (var payload in Payloads.Where(p => p.Source == value.GetType() && p.OptionalKind is null))
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
        }

        return artifacts.ToEquatableArray();
    }

    /// <summary>
    /// <paramref name="value"/>'s <paramref name="optional"/> artifact, or null when definitions of its type have none. A
    /// state machine Step Functions could not run carries the findings (EMR030, EMR031) instead; a template holding what
    /// CloudFormation cannot express carries the refusal (its request path); one the definition cannot have as it is (a
    /// kept-alive cluster's state machine) carries the writer's reason, which says how to fix it.
    /// </summary>
    public static OptionalOutcome? Optional(object value, OptionalArtifact optional, ArtifactOptions options)
    {
        if (OptionalPayload(value, optional) is not { } payload)
        {
            return null;
        }

        try
        {
            return payload.Write(value, options) is { } content
                ? new OptionalOutcome(new NamedArtifact(payload.Kind.ConstantName, content), Array.Empty<Finding>(), Problem: null)
                : null;
        }
        catch (StepFunctionsRefusedException e)
        {
            return new OptionalOutcome(Artifact: null, e.Findings, Problem: null);
        }
        catch (UnrepresentableException e)
        {
            return new OptionalOutcome(Artifact: null, Array.Empty<Finding>(), Problem: null, e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return new OptionalOutcome(Artifact: null, Array.Empty<Finding>(), e.Message);
        }
    }

    /// <summary>Whether definitions of <paramref name="value"/>'s type have an <paramref name="optional"/> artifact.</summary>
    public static bool Offers(object value, OptionalArtifact optional) => OptionalPayload(value, optional) is not null;

    private static Payload? OptionalPayload(object value, OptionalArtifact optional) =>
        Payloads.FirstOrDefault(p => p.Source == value.GetType() && p.OptionalKind == optional);

    /// <summary>The definition types that offer <paramref name="optional"/>, for messages: <c>Cluster, JobFlowSteps, ServerlessJobRun</c>.</summary>
    public static IEnumerable<string> Offering(OptionalArtifact optional) =>
        Payloads.Where(p => p.OptionalKind == optional).Select(p => p.Source.Name);

    /// <summary>An optional artifact: written, refused by rules, not expressible in its format, or not writable for a reason.</summary>
    public sealed record OptionalOutcome(NamedArtifact? Artifact, IReadOnlyList<Finding> Refused, string? Problem, UnrepresentableException? Unrepresentable = null);

    private sealed record Payload(ArtifactKind Kind, Type Source, Func<object, ArtifactOptions, string?> Write, OptionalArtifact? OptionalKind = null)
    {
        public static Payload Of<T>(ArtifactKind kind, Func<T, ArtifactOptions, string?> write) =>
            new(kind, typeof(T), (value, options) => write((T)value, options));

        public static Payload Optional<T>(OptionalArtifact optional, Func<T, ArtifactOptions, string?> write) =>
            new(optional.Kind, typeof(T), (value, options) => write((T)value, options), optional);
    }
}
