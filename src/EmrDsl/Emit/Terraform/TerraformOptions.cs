namespace EmrDsl.Emit.Terraform;

/// <summary>Choices the RunJobFlow request itself does not carry.</summary>
public sealed record TerraformOptions
{
    /// <summary>
    /// The Terraform resource name (the <c>NAME</c> in <c>aws_emr_cluster.NAME</c>). Null derives it from the
    /// cluster name (see <see cref="TerraformName.FromClusterName"/>).
    /// </summary>
    public string? ResourceName { get; init; }

    /// <summary>An authored security configuration to create beside the cluster and reference from it.</summary>
    public TerraformSecurityConfiguration? SecurityConfiguration { get; init; }
}
