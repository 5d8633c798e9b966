namespace EmrDsl.Emit.Terraform;

/// <summary>Choices the RunJobFlow request itself does not carry.</summary>
public sealed record TerraformOptions
{
    /// <summary>The provider version the schema EmrDsl writes against was taken from (hashicorp/aws).</summary>
    public const string ProviderVersion = "6.25.0";

    /// <summary>
    /// The Terraform resource name (the <c>NAME</c> in <c>aws_emr_cluster.NAME</c>). Null derives it from the
    /// cluster name (see <see cref="TerraformName.FromClusterName"/>).
    /// </summary>
    public string? ResourceName { get; init; }

    /// <summary>An authored security configuration to create beside the cluster and reference from it.</summary>
    public TerraformSecurityConfiguration? SecurityConfiguration { get; init; }

    /// <summary>
    /// Drift to ignore beyond what the definition decides: <see cref="TerraformDrift.Steps"/> says steps are managed
    /// elsewhere (an [EmrSteps] definition, Airflow, Step Functions) for a cluster that is not kept alive.
    /// </summary>
    public TerraformDrift IgnoreChanges { get; init; }

    /// <summary>Drift to keep in plans although the definition would ignore it (wins over <see cref="IgnoreChanges"/>).</summary>
    public TerraformDrift TrackChanges { get; init; }

    /// <summary>Writes <c>terraform { required_providers { aws = { source = "hashicorp/aws", version = "~> 6.25" } } }</c>.</summary>
    public bool RequiredProviders { get; init; }

    /// <summary>Writes <c>output</c> blocks for the cluster's id and ARN (<c>NAME_cluster_id</c>, <c>NAME_cluster_arn</c>); on by default.</summary>
    public bool Outputs { get; init; } = true;

    /// <summary>
    /// Settings the provider cannot express that may be left out of the Terraform (each one left out is named in the
    /// document's <c>"//"</c> comment and by <see cref="TerraformJson.LeftOut"/>); any other such setting is still an error.
    /// </summary>
    public TerraformOmissions LeaveOut { get; init; }
}
