using System.Collections.Generic;

namespace EmrDsl.Artifacts;

/// <summary>Every artifact kind, in the order files are written and listed. The generator, the build task and the CLI share this table.</summary>
public static class ArtifactKinds
{
    /// <summary>The constant that holds the file name every artifact of a definition starts with.</summary>
    public const string FileNameConstant = "FileName";

    public static readonly ArtifactKind RunJobFlow = new("RunJobFlowJson", ".runjobflow.json");
    public static readonly ArtifactKind AddJobFlowSteps = new("AddJobFlowStepsJson", ".addjobflowsteps.json");
    public static readonly ArtifactKind SecurityConfiguration = new("SecurityConfigurationJson", ".securityconfiguration.json");
    public static readonly ArtifactKind Terraform = new("TerraformJson", ".tf.json");
    public static readonly ArtifactKind CreateApplication = new("CreateApplicationJson", ".createapplication.json");
    public static readonly ArtifactKind StartJobRun = new("StartJobRunJson", ".startjobrun.json");
    public static readonly ArtifactKind PutAutoScalingPolicy = new("PutAutoScalingPolicyJson", ".putautoscalingpolicy.json");
    public static readonly ArtifactKind AutoScalingPolicy = new("AutoScalingPolicyJson", ".autoscalingpolicy.json");
    public static readonly ArtifactKind PutManagedScalingPolicy = new("PutManagedScalingPolicyJson", ".putmanagedscalingpolicy.json");
    public static readonly ArtifactKind StepFunctions = new("StepFunctionsJson", ".asl.json");
    public static readonly ArtifactKind CloudFormation = new("CloudFormationJson", ".cfn.json");
    public static readonly ArtifactKind PutBlockPublicAccessConfiguration = new("PutBlockPublicAccessConfigurationJson", ".putblockpublicaccessconfiguration.json");

    /// <summary>The EMR on EKS StartJobRun request: the service name in the suffix keeps it apart from EMR Serverless's <see cref="StartJobRun"/>.</summary>
    public static readonly ArtifactKind EksStartJobRun = new("EksStartJobRunJson", ".emr-containers.startjobrun.json");

    /// <summary>The EMR on EKS CreateVirtualCluster request.</summary>
    public static readonly ArtifactKind EksCreateVirtualCluster = new("EksCreateVirtualClusterJson", ".emr-containers.virtualcluster.json");

    /// <summary>The EMR on EKS CreateJobTemplate request.</summary>
    public static readonly ArtifactKind EksCreateJobTemplate = new("EksCreateJobTemplateJson", ".emr-containers.jobtemplate.json");

    public static IReadOnlyList<ArtifactKind> All { get; } = new[]
    {
        RunJobFlow, AddJobFlowSteps, SecurityConfiguration, Terraform, CreateApplication, StartJobRun, PutAutoScalingPolicy, AutoScalingPolicy, PutManagedScalingPolicy, StepFunctions, CloudFormation,
        PutBlockPublicAccessConfiguration, EksStartJobRun, EksCreateVirtualCluster, EksCreateJobTemplate,
    };
}
