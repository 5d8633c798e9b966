namespace EmrDsl;

/// <summary>
/// EC2 instance types EMR clusters commonly run on, one nested class per family: <c>InstanceTypes.M6g.XLarge</c>
/// is <c>"m6g.xlarge"</c>. They are plain strings, so any other type can be written as a string literal.
/// </summary>
public static class InstanceTypes
{
    /// <summary>General purpose, Intel Xeon (5th generation).</summary>
    public static class M5
    {
        public const string Large = "m5.large";
        public const string XLarge = "m5.xlarge";
        public const string X2Large = "m5.2xlarge";
        public const string X4Large = "m5.4xlarge";
        public const string X8Large = "m5.8xlarge";
        public const string X12Large = "m5.12xlarge";
        public const string X16Large = "m5.16xlarge";
        public const string X24Large = "m5.24xlarge";
    }

    /// <summary>General purpose with local NVMe instance storage.</summary>
    public static class M5d
    {
        public const string Large = "m5d.large";
        public const string XLarge = "m5d.xlarge";
        public const string X2Large = "m5d.2xlarge";
        public const string X4Large = "m5d.4xlarge";
        public const string X8Large = "m5d.8xlarge";
        public const string X12Large = "m5d.12xlarge";
        public const string X16Large = "m5d.16xlarge";
        public const string X24Large = "m5d.24xlarge";
    }

    /// <summary>General purpose, AWS Graviton2.</summary>
    public static class M6g
    {
        public const string Large = "m6g.large";
        public const string XLarge = "m6g.xlarge";
        public const string X2Large = "m6g.2xlarge";
        public const string X4Large = "m6g.4xlarge";
        public const string X8Large = "m6g.8xlarge";
        public const string X12Large = "m6g.12xlarge";
        public const string X16Large = "m6g.16xlarge";
    }

    /// <summary>General purpose, AWS Graviton2 with local NVMe instance storage.</summary>
    public static class M6gd
    {
        public const string Large = "m6gd.large";
        public const string XLarge = "m6gd.xlarge";
        public const string X2Large = "m6gd.2xlarge";
        public const string X4Large = "m6gd.4xlarge";
        public const string X8Large = "m6gd.8xlarge";
        public const string X12Large = "m6gd.12xlarge";
        public const string X16Large = "m6gd.16xlarge";
    }

    /// <summary>General purpose, Intel Xeon (6th generation).</summary>
    public static class M6i
    {
        public const string Large = "m6i.large";
        public const string XLarge = "m6i.xlarge";
        public const string X2Large = "m6i.2xlarge";
        public const string X4Large = "m6i.4xlarge";
        public const string X8Large = "m6i.8xlarge";
        public const string X12Large = "m6i.12xlarge";
        public const string X16Large = "m6i.16xlarge";
        public const string X24Large = "m6i.24xlarge";
        public const string X32Large = "m6i.32xlarge";
    }

    /// <summary>General purpose, AWS Graviton3.</summary>
    public static class M7g
    {
        public const string Large = "m7g.large";
        public const string XLarge = "m7g.xlarge";
        public const string X2Large = "m7g.2xlarge";
        public const string X4Large = "m7g.4xlarge";
        public const string X8Large = "m7g.8xlarge";
        public const string X12Large = "m7g.12xlarge";
        public const string X16Large = "m7g.16xlarge";
    }

    /// <summary>General purpose, Intel Xeon (7th generation).</summary>
    public static class M7i
    {
        public const string Large = "m7i.large";
        public const string XLarge = "m7i.xlarge";
        public const string X2Large = "m7i.2xlarge";
        public const string X4Large = "m7i.4xlarge";
        public const string X8Large = "m7i.8xlarge";
        public const string X12Large = "m7i.12xlarge";
        public const string X16Large = "m7i.16xlarge";
        public const string X24Large = "m7i.24xlarge";
        public const string X48Large = "m7i.48xlarge";
    }

    /// <summary>Memory optimized, Intel Xeon (5th generation).</summary>
    public static class R5
    {
        public const string Large = "r5.large";
        public const string XLarge = "r5.xlarge";
        public const string X2Large = "r5.2xlarge";
        public const string X4Large = "r5.4xlarge";
        public const string X8Large = "r5.8xlarge";
        public const string X12Large = "r5.12xlarge";
        public const string X16Large = "r5.16xlarge";
        public const string X24Large = "r5.24xlarge";
    }

    /// <summary>Memory optimized with local NVMe instance storage.</summary>
    public static class R5d
    {
        public const string Large = "r5d.large";
        public const string XLarge = "r5d.xlarge";
        public const string X2Large = "r5d.2xlarge";
        public const string X4Large = "r5d.4xlarge";
        public const string X8Large = "r5d.8xlarge";
        public const string X12Large = "r5d.12xlarge";
        public const string X16Large = "r5d.16xlarge";
        public const string X24Large = "r5d.24xlarge";
    }

    /// <summary>Memory optimized, AWS Graviton2.</summary>
    public static class R6g
    {
        public const string Large = "r6g.large";
        public const string XLarge = "r6g.xlarge";
        public const string X2Large = "r6g.2xlarge";
        public const string X4Large = "r6g.4xlarge";
        public const string X8Large = "r6g.8xlarge";
        public const string X12Large = "r6g.12xlarge";
        public const string X16Large = "r6g.16xlarge";
    }

    /// <summary>Memory optimized, AWS Graviton2 with local NVMe instance storage.</summary>
    public static class R6gd
    {
        public const string Large = "r6gd.large";
        public const string XLarge = "r6gd.xlarge";
        public const string X2Large = "r6gd.2xlarge";
        public const string X4Large = "r6gd.4xlarge";
        public const string X8Large = "r6gd.8xlarge";
        public const string X12Large = "r6gd.12xlarge";
        public const string X16Large = "r6gd.16xlarge";
    }

    /// <summary>Memory optimized, Intel Xeon (6th generation).</summary>
    public static class R6i
    {
        public const string Large = "r6i.large";
        public const string XLarge = "r6i.xlarge";
        public const string X2Large = "r6i.2xlarge";
        public const string X4Large = "r6i.4xlarge";
        public const string X8Large = "r6i.8xlarge";
        public const string X12Large = "r6i.12xlarge";
        public const string X16Large = "r6i.16xlarge";
        public const string X24Large = "r6i.24xlarge";
        public const string X32Large = "r6i.32xlarge";
    }

    /// <summary>Memory optimized, AWS Graviton3.</summary>
    public static class R7g
    {
        public const string Large = "r7g.large";
        public const string XLarge = "r7g.xlarge";
        public const string X2Large = "r7g.2xlarge";
        public const string X4Large = "r7g.4xlarge";
        public const string X8Large = "r7g.8xlarge";
        public const string X12Large = "r7g.12xlarge";
        public const string X16Large = "r7g.16xlarge";
    }

    /// <summary>Memory optimized, Intel Xeon (7th generation).</summary>
    public static class R7i
    {
        public const string Large = "r7i.large";
        public const string XLarge = "r7i.xlarge";
        public const string X2Large = "r7i.2xlarge";
        public const string X4Large = "r7i.4xlarge";
        public const string X8Large = "r7i.8xlarge";
        public const string X12Large = "r7i.12xlarge";
        public const string X16Large = "r7i.16xlarge";
        public const string X24Large = "r7i.24xlarge";
        public const string X48Large = "r7i.48xlarge";
    }

    /// <summary>Compute optimized, Intel Xeon (5th generation).</summary>
    public static class C5
    {
        public const string Large = "c5.large";
        public const string XLarge = "c5.xlarge";
        public const string X2Large = "c5.2xlarge";
        public const string X4Large = "c5.4xlarge";
        public const string X9Large = "c5.9xlarge";
        public const string X12Large = "c5.12xlarge";
        public const string X18Large = "c5.18xlarge";
        public const string X24Large = "c5.24xlarge";
    }

    /// <summary>Compute optimized, AWS Graviton2.</summary>
    public static class C6g
    {
        public const string Large = "c6g.large";
        public const string XLarge = "c6g.xlarge";
        public const string X2Large = "c6g.2xlarge";
        public const string X4Large = "c6g.4xlarge";
        public const string X8Large = "c6g.8xlarge";
        public const string X12Large = "c6g.12xlarge";
        public const string X16Large = "c6g.16xlarge";
    }

    /// <summary>Compute optimized, Intel Xeon (6th generation).</summary>
    public static class C6i
    {
        public const string Large = "c6i.large";
        public const string XLarge = "c6i.xlarge";
        public const string X2Large = "c6i.2xlarge";
        public const string X4Large = "c6i.4xlarge";
        public const string X8Large = "c6i.8xlarge";
        public const string X12Large = "c6i.12xlarge";
        public const string X16Large = "c6i.16xlarge";
        public const string X24Large = "c6i.24xlarge";
        public const string X32Large = "c6i.32xlarge";
    }

    /// <summary>Compute optimized, AWS Graviton3.</summary>
    public static class C7g
    {
        public const string Large = "c7g.large";
        public const string XLarge = "c7g.xlarge";
        public const string X2Large = "c7g.2xlarge";
        public const string X4Large = "c7g.4xlarge";
        public const string X8Large = "c7g.8xlarge";
        public const string X12Large = "c7g.12xlarge";
        public const string X16Large = "c7g.16xlarge";
    }

    /// <summary>Storage optimized, local NVMe SSD.</summary>
    public static class I3
    {
        public const string Large = "i3.large";
        public const string XLarge = "i3.xlarge";
        public const string X2Large = "i3.2xlarge";
        public const string X4Large = "i3.4xlarge";
        public const string X8Large = "i3.8xlarge";
        public const string X16Large = "i3.16xlarge";
    }

    /// <summary>Storage optimized, dense local NVMe SSD.</summary>
    public static class I3en
    {
        public const string Large = "i3en.large";
        public const string XLarge = "i3en.xlarge";
        public const string X2Large = "i3en.2xlarge";
        public const string X3Large = "i3en.3xlarge";
        public const string X6Large = "i3en.6xlarge";
        public const string X12Large = "i3en.12xlarge";
        public const string X24Large = "i3en.24xlarge";
    }

    /// <summary>Storage optimized, local Nitro SSD.</summary>
    public static class I4i
    {
        public const string Large = "i4i.large";
        public const string XLarge = "i4i.xlarge";
        public const string X2Large = "i4i.2xlarge";
        public const string X4Large = "i4i.4xlarge";
        public const string X8Large = "i4i.8xlarge";
        public const string X12Large = "i4i.12xlarge";
        public const string X16Large = "i4i.16xlarge";
        public const string X24Large = "i4i.24xlarge";
        public const string X32Large = "i4i.32xlarge";
    }

    /// <summary>Dense storage, local HDD.</summary>
    public static class D3
    {
        public const string XLarge = "d3.xlarge";
        public const string X2Large = "d3.2xlarge";
        public const string X4Large = "d3.4xlarge";
        public const string X8Large = "d3.8xlarge";
    }

    /// <summary>Dense storage, high-density local HDD.</summary>
    public static class D3en
    {
        public const string XLarge = "d3en.xlarge";
        public const string X2Large = "d3en.2xlarge";
        public const string X4Large = "d3en.4xlarge";
        public const string X6Large = "d3en.6xlarge";
        public const string X8Large = "d3en.8xlarge";
        public const string X12Large = "d3en.12xlarge";
    }
}
