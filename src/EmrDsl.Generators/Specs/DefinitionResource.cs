using System;
using EmrDsl.Containers;
using EmrDsl.Serverless;

namespace EmrDsl.Generators.Specs;

/// <summary>What a definition creates, in the words messages and constants use.</summary>
/// <param name="Noun">"cluster", "application", "job run" or "steps": names must be unique among resources of one noun.</param>
/// <param name="NameConstant">The constant that holds the name in the generated class: <c>ClusterName</c>; null for steps.</param>
/// <param name="Name">The evaluated name; null for a job run that has none and for steps (which have no name of their own).</param>
/// <param name="Request">The API request the definition's main artifact is: <c>RunJobFlow</c>.</param>
internal sealed record DefinitionResource(string Noun, string? NameConstant, string? Name, string Request)
{
    public static DefinitionResource Of(object value) => value switch
    {
        Cluster cluster => new("cluster", "ClusterName", cluster.Spec.Name, "RunJobFlow"),
        ServerlessApplication application => new("application", "ApplicationName", application.Spec.Name, "CreateApplication"),
        ServerlessJobRun jobRun => new("job run", "JobRunName", jobRun.Spec.Name, "StartJobRun"),
        EksJobRun jobRun => new("EMR on EKS job run", "JobRunName", jobRun.Spec.Name, "emr-containers StartJobRun"),
        EksVirtualCluster virtualCluster => new("EMR on EKS virtual cluster", "VirtualClusterName", virtualCluster.Spec.Name, "emr-containers CreateVirtualCluster"),
        EksJobTemplate template => new("EMR on EKS job template", "JobTemplateName", template.Spec.Name, "emr-containers CreateJobTemplate"),
        JobFlowSteps => new("steps", NameConstant: null, Name: null, "AddJobFlowSteps"),
        InstanceGroupScaling => new("automatic scaling policy", NameConstant: null, Name: null, "PutAutoScalingPolicy"),
        ManagedScalingLimits => new("managed scaling limits", NameConstant: null, Name: null, "PutManagedScalingPolicy"),
        BlockPublicAccess => new("block public access setting", NameConstant: null, Name: null, "PutBlockPublicAccessConfiguration"),
        SecurityConfiguration securityConfiguration => new("security configuration", "SecurityConfigurationName", securityConfiguration.Spec.Name, "CreateSecurityConfiguration"),
        _ => throw new ArgumentException($"'{value.GetType().Name}' is not a definition type.", nameof(value)),
    };
}
