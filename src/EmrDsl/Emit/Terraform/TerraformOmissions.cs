using System;

namespace EmrDsl.Emit.Terraform;

/// <summary>
/// Request settings the Terraform AWS provider has no argument for (its aws_emr_* resources were searched; none takes
/// them), which a definition may choose to leave out of its Terraform. Left out, the cluster Terraform creates lacks
/// them, so each one is named in the document and reported; not chosen, each is still refused.
/// </summary>
[Flags]
public enum TerraformOmissions
{
    None = 0,

    /// <summary><c>MonitoringConfiguration</c>: CloudWatch and S3 log monitoring.</summary>
    LogMonitoring = 1,

    /// <summary><c>StepExecutionRoleArn</c>: the cluster's runtime role for steps.</summary>
    StepExecutionRole = 2,

    /// <summary><c>Steps[*].StepMonitoringConfiguration</c>.</summary>
    StepMonitoring = 4,

    /// <summary><c>Instances.InstanceFleets[*].ResizeSpecifications</c>.</summary>
    FleetResizeSpecifications = 8,

    /// <summary><c>Instances.InstanceFleets[*].LaunchSpecifications.OnDemandSpecification.CapacityReservationOptions</c>.</summary>
    CapacityReservations = 16,

    /// <summary><c>EbsRootVolumeIops</c> and <c>EbsRootVolumeThroughput</c>.</summary>
    RootVolumePerformance = 32,
}
