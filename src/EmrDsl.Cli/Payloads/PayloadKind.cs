namespace EmrDsl.Cli.Payloads;

/// <summary>The API requests the CLI reads, told apart by the members only that request has.</summary>
internal enum PayloadKind
{
    /// <summary>EMR <c>RunJobFlow</c> (boto3 <c>run_job_flow</c>, Airflow <c>job_flow_overrides</c>, Step Functions <c>createCluster</c>).</summary>
    RunJobFlow,

    /// <summary>EMR <c>AddJobFlowSteps</c>.</summary>
    AddJobFlowSteps,

    /// <summary>EMR Serverless <c>CreateApplication</c>.</summary>
    ServerlessCreateApplication,

    /// <summary>EMR Serverless <c>StartJobRun</c>.</summary>
    ServerlessStartJobRun,

    /// <summary>EMR <c>PutAutoScalingPolicy</c> (an instance group's policy on a running cluster).</summary>
    PutAutoScalingPolicy,

    /// <summary>EMR <c>PutManagedScalingPolicy</c> (a running cluster's managed scaling limits).</summary>
    PutManagedScalingPolicy,

    /// <summary>A bare <c>AutoScalingPolicy</c>: the document <c>aws emr put-auto-scaling-policy --auto-scaling-policy</c> and instance group configs take.</summary>
    AutoScalingPolicy,

    /// <summary>
    /// A security configuration document: what CreateSecurityConfiguration's <c>SecurityConfiguration</c> string,
    /// <c>aws emr create-security-configuration --security-configuration</c> and Terraform's <c>configuration</c> take.
    /// </summary>
    SecurityConfiguration,

    /// <summary>EMR <c>PutBlockPublicAccessConfiguration</c> (the account's block public access setting for a Region).</summary>
    PutBlockPublicAccessConfiguration,

    /// <summary>EMR on EKS (emr-containers) <c>StartJobRun</c>.</summary>
    EksStartJobRun,

    /// <summary>EMR on EKS (emr-containers) <c>CreateVirtualCluster</c>.</summary>
    EksCreateVirtualCluster,

    /// <summary>EMR on EKS (emr-containers) <c>CreateJobTemplate</c>.</summary>
    EksCreateJobTemplate,
}
