namespace EmrDsl;

/// <summary>The oldest capacity form, kept for imported definitions: one master type, one type for all other nodes, a total count.</summary>
public sealed partial class Cluster
{
    /// <summary>Writes <c>MasterInstanceType</c>, <c>SlaveInstanceType</c> and <c>InstanceCount</c> (the master included).</summary>
    public Cluster LegacyInstances(string masterType, string slaveType, int count) =>
        WithInstances(i => i with
        {
            MasterInstanceType = Require.NonEmpty(masterType, nameof(masterType), "The master instance type"),
            SlaveInstanceType = Require.NonEmpty(slaveType, nameof(slaveType), "The slave instance type"),
            InstanceCount = Require.Positive(count, nameof(count), "The instance count"),
        });
}
