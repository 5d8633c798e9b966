using System;

namespace EmrDsl.Emit.Terraform;

/// <summary>
/// Arguments that change outside Terraform once the cluster runs, so a plan would propose to undo the change
/// (or, for <c>step</c>, to replace the cluster). Each kind becomes entries of the resource's
/// <c>lifecycle.ignore_changes</c>; see docs/terraform.md for when the definition decides each one.
/// </summary>
[Flags]
public enum TerraformDrift
{
    None = 0,

    /// <summary><c>step</c> of <c>aws_emr_cluster</c>: steps added by AddJobFlowSteps (Airflow, Step Functions, an [EmrSteps] definition).</summary>
    Steps = 1,

    /// <summary><c>kerberos_attributes</c>: EMR never returns the passwords, so they differ on every plan.</summary>
    KerberosAttributes = 2,

    /// <summary>Instance counts and fleet target capacities that managed scaling or an automatic scaling policy changes.</summary>
    ScaledCapacity = 4,
}
