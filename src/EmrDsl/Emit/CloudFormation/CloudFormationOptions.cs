namespace EmrDsl.Emit.CloudFormation;

/// <summary>Choices the API request itself does not carry. Immutable; the defaults write what docs/cloudformation.md shows.</summary>
public sealed record CloudFormationOptions
{
    public static readonly CloudFormationOptions Default = new();

    /// <summary>
    /// The stem every logical id starts with (<c>STEM</c>Cluster, <c>STEM</c>TaskGroup1, ...): ASCII letters and digits,
    /// starting with a letter. Null derives it from the definition's name (see <see cref="CloudFormationLogicalId.FromName"/>).
    /// </summary>
    public string? LogicalIdStem { get; init; }

    /// <summary>The template's <c>Description</c>; none when null.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Writes each step as its own <c>AWS::EMR::Step</c> (in order, each depending on the one before) instead of the
    /// cluster's <c>Steps</c> property. The cluster must then be kept alive (<c>KeepAlive()</c>), or it would end before
    /// the steps are added.
    /// </summary>
    public bool StepResources { get; init; }

    /// <summary>
    /// Writes task groups and the task fleet inside the cluster (<c>Instances.TaskInstanceGroups</c> /
    /// <c>TaskInstanceFleets</c>) instead of as <c>AWS::EMR::InstanceGroupConfig</c> / <c>AWS::EMR::InstanceFleetConfig</c>
    /// resources, which a stack can resize without replacing the cluster.
    /// </summary>
    public bool TaskCapacityInCluster { get; init; }

    /// <summary>Writes <c>Outputs</c> for the created resource's id (and an application's ARN); on by default.</summary>
    public bool Outputs { get; init; } = true;

    /// <summary>
    /// The JSON document of the security configuration the cluster names, authored in the DSL: written as an
    /// <c>AWS::EMR::SecurityConfiguration</c> the cluster refers to with <c>Ref</c>. <c>Cluster.ToCloudFormationJson</c>
    /// fills it from the cluster's authored document.
    /// </summary>
    public string? SecurityConfigurationJson { get; init; }

    /// <summary>The stem for <paramref name="name"/>: <see cref="LogicalIdStem"/>, checked, or one derived from the name.</summary>
    internal string Stem(string name, string fallback, string definition)
    {
        if (LogicalIdStem is { } chosen)
        {
            CloudFormationRefusal.Reject(
                !CloudFormationLogicalId.IsValid(chosen) || chosen.Length > 160,
                "CloudFormationOptions.LogicalIdStem",
                $"'{chosen}' is not a logical id stem: use ASCII letters and digits, starting with a letter, at most 160 characters.");
            return chosen;
        }

        return CloudFormationLogicalId.FromName(name, fallback);
    }
}
