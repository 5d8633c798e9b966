namespace EmrDsl.Testing;

/// <summary>What a payload is, and so which oracle validates it.</summary>
public enum PayloadKind
{
    /// <summary>EMR API <c>RunJobFlowInput</c>.</summary>
    RunJobFlow,

    /// <summary>EMR API <c>AddJobFlowStepsInput</c>.</summary>
    AddJobFlowSteps,

    /// <summary>EMR API <c>PutAutoScalingPolicyInput</c>.</summary>
    PutAutoScalingPolicy,

    /// <summary>EMR API <c>PutManagedScalingPolicyInput</c>.</summary>
    PutManagedScalingPolicy,

    /// <summary>EMR API <c>AutoScalingPolicy</c>: the bare policy document <c>--auto-scaling-policy</c> takes.</summary>
    AutoScalingPolicy,

    /// <summary>The document CreateSecurityConfiguration takes (checked against the documented schema).</summary>
    SecurityConfiguration,

    /// <summary>A <c>.tf.json</c> document checked against the provider schema.</summary>
    Terraform,

    /// <summary>EMR Serverless API <c>CreateApplicationRequest</c>.</summary>
    CreateApplication,

    /// <summary>EMR Serverless API <c>StartJobRunRequest</c>.</summary>
    StartJobRun,

    /// <summary>EMR on EKS (emr-containers) API <c>StartJobRunRequest</c>.</summary>
    EksStartJobRun,

    /// <summary>EMR API <c>PutBlockPublicAccessConfigurationInput</c>.</summary>
    PutBlockPublicAccessConfiguration,

    /// <summary>EMR on EKS (emr-containers) API <c>CreateVirtualClusterRequest</c>.</summary>
    EksCreateVirtualCluster,

    /// <summary>EMR on EKS (emr-containers) API <c>CreateJobTemplateRequest</c>.</summary>
    EksCreateJobTemplate,
}
