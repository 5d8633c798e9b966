namespace EmrDsl;

/// <summary>EBS volume types EMR attaches to cluster instances (<c>VolumeSpecification.VolumeType</c>).</summary>
public static class VolumeType
{
    /// <summary>General purpose SSD with baseline IOPS and throughput settable apart from size.</summary>
    public const string Gp3 = "gp3";

    /// <summary>General purpose SSD whose IOPS grow with size.</summary>
    public const string Gp2 = "gp2";

    /// <summary>Provisioned IOPS SSD.</summary>
    public const string Io1 = "io1";

    /// <summary>Provisioned IOPS SSD with higher durability.</summary>
    public const string Io2 = "io2";

    /// <summary>Throughput optimized HDD.</summary>
    public const string St1 = "st1";

    /// <summary>Cold HDD.</summary>
    public const string Sc1 = "sc1";

    /// <summary>Previous-generation magnetic volumes.</summary>
    public const string Standard = "standard";
}
