namespace Acme.DataPlatform.Environments;

/// <summary>What differs between the platform's environments; every pipeline is sized from one of these.</summary>
internal sealed record EnvironmentSettings(string Name, string Subnet, int CoreNodes, int SpotTaskNodes = 0, int? ShufflePartitions = null)
{
    /// <summary>Small and cheap: one core node, no task nodes.</summary>
    public static readonly EnvironmentSettings Dev = new("dev", Accounts.PrivateSubnetA, CoreNodes: 1);

    /// <summary>Production volume: more core nodes, Spot task nodes and more shuffle partitions.</summary>
    public static readonly EnvironmentSettings Prod = new("prod", Accounts.PrivateSubnetB, CoreNodes: 4, SpotTaskNodes: 8, ShufflePartitions: 800);
}
