namespace EmrDsl;

/// <summary>The IAM roles of the cluster.</summary>
public sealed partial class Cluster
{
    /// <summary>
    /// Sets several roles at once, e.g. <c>.Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")</c>;
    /// roles left out keep their current value.
    /// </summary>
    public Cluster Roles(string? service = null, string? instanceProfile = null, string? autoScaling = null)
    {
        if (service is null && instanceProfile is null && autoScaling is null)
        {
            throw new System.ArgumentException("Name at least one role: .Roles(service: \"EMR_DefaultRole\", instanceProfile: \"EMR_EC2_DefaultRole\").", nameof(service));
        }

        var result = service is null ? this : ServiceRole(service);
        result = instanceProfile is null ? result : result.InstanceProfile(instanceProfile);
        return autoScaling is null ? result : result.AutoScalingRole(autoScaling);
    }

    /// <summary>The role EMR assumes to manage the cluster (<c>ServiceRole</c>).</summary>
    public Cluster ServiceRole(string role) =>
        With(s => s with { ServiceRole = Require.NonEmpty(role, nameof(role), "A service role") });

    /// <summary>The EC2 instance profile of the cluster nodes (<c>JobFlowRole</c>).</summary>
    public Cluster InstanceProfile(string role) =>
        With(s => s with { JobFlowRole = Require.NonEmpty(role, nameof(role), "An instance profile") });

    /// <summary>The role automatic scaling policies use (<c>AutoScalingRole</c>).</summary>
    public Cluster AutoScalingRole(string role) =>
        With(s => s with { AutoScalingRole = Require.NonEmpty(role, nameof(role), "An auto scaling role") });
}
