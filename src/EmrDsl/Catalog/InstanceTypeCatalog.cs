using System;
using System.Collections.Generic;
using System.Globalization;

namespace EmrDsl.Catalog;

/// <summary>
/// A small catalog of the EC2 instance types EMR clusters commonly use: vCPUs, memory, Graviton generation,
/// and the first EMR releases that support Graviton types.
/// </summary>
/// <remarks>
/// Sizes and ratios: EC2 instance type specifications (vCPU = 4 x N for <c>Nxlarge</c>, 2 for large, 1 for
/// medium, with the listed exceptions). Graviton support: Graviton2 (m6g, c6g, r6g, ...) from emr-6.1.0 and
/// emr-5.31.0 (EMR Management Guide, supported instance types); Graviton3 and Graviton4 families are listed by
/// <c>ListSupportedInstanceTypes</c> for emr-6.12.0 (as recorded in getmoto/moto, moto/emr/resources), and are
/// treated as unsupported before it and on 5.x.
/// </remarks>
public static class InstanceTypeCatalog
{
    private static readonly Dictionary<string, Family> Families = new(StringComparer.Ordinal)
    {
        // General purpose
        ["m3"] = new(3.75, 0, "medium large xlarge 2xlarge"),
        ["m4"] = new(4, 0, "large xlarge 2xlarge 4xlarge 10xlarge 16xlarge"),
        ["m5"] = new(4, 0, "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge"),
        ["m5a"] = new(4, 0, "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge"),
        ["m5d"] = new(4, 0, "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge"),
        ["m6i"] = new(4, 0, "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 32xlarge"),
        ["m6a"] = new(4, 0, "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 32xlarge 48xlarge"),
        ["m6id"] = new(4, 0, "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 32xlarge"),
        ["m7i"] = new(4, 0, "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 48xlarge"),
        ["m7a"] = new(4, 0, "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 32xlarge 48xlarge"),
        ["m6g"] = new(4, 2, "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge"),
        ["m6gd"] = new(4, 2, "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge"),
        ["m7g"] = new(4, 3, "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge"),
        ["m7gd"] = new(4, 3, "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge"),
        ["m8g"] = new(4, 4, "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 48xlarge"),

        // Compute optimized
        ["c3"] = new(1.875, 0, "large xlarge 2xlarge 4xlarge 8xlarge"),
        ["c4"] = new(1.875, 0, "large xlarge 2xlarge 4xlarge 8xlarge"),
        ["c5"] = new(2, 0, "large xlarge 2xlarge 4xlarge 9xlarge 12xlarge 18xlarge 24xlarge"),
        ["c5d"] = new(2, 0, "large xlarge 2xlarge 4xlarge 9xlarge 12xlarge 18xlarge 24xlarge"),
        ["c6i"] = new(2, 0, "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 32xlarge"),
        ["c7i"] = new(2, 0, "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 48xlarge"),
        ["c6g"] = new(2, 2, "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge"),
        ["c6gd"] = new(2, 2, "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge"),
        ["c6gn"] = new(2, 2, "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge"),
        ["c7g"] = new(2, 3, "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge"),
        ["c7gd"] = new(2, 3, "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge"),
        ["c8g"] = new(2, 4, "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 48xlarge"),

        // Memory optimized
        ["r3"] = new(7.625, 0, "large xlarge 2xlarge 4xlarge 8xlarge"),
        ["r4"] = new(7.625, 0, "large xlarge 2xlarge 4xlarge 8xlarge 16xlarge"),
        ["r5"] = new(8, 0, "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge"),
        ["r5a"] = new(8, 0, "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge"),
        ["r5d"] = new(8, 0, "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge"),
        ["r6i"] = new(8, 0, "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 32xlarge"),
        ["r7i"] = new(8, 0, "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 48xlarge"),
        ["r6g"] = new(8, 2, "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge"),
        ["r6gd"] = new(8, 2, "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge"),
        ["r7g"] = new(8, 3, "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge"),
        ["r7gd"] = new(8, 3, "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge"),
        ["r8g"] = new(8, 4, "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 48xlarge"),
        ["x1"] = new(15.25, 0, "16xlarge 32xlarge"),

        // Storage optimized and accelerated
        ["d2"] = new(7.625, 0, "xlarge 2xlarge 4xlarge 8xlarge"),
        ["d3"] = new(8, 0, "xlarge 2xlarge 4xlarge 8xlarge"),
        ["h1"] = new(4, 0, "2xlarge 4xlarge 8xlarge 16xlarge"),
        ["i2"] = new(7.625, 0, "xlarge 2xlarge 4xlarge 8xlarge"),
        ["i3"] = new(7.625, 0, "large xlarge 2xlarge 4xlarge 8xlarge 16xlarge"),
        ["i3en"] = new(8, 0, "large xlarge 2xlarge 3xlarge 6xlarge 12xlarge 24xlarge"),
        ["i4i"] = new(8, 0, "large xlarge 2xlarge 4xlarge 8xlarge 16xlarge 32xlarge"),
        ["i4g"] = new(8, 2, "large xlarge 2xlarge 4xlarge 8xlarge 16xlarge"),
        ["g4dn"] = new(4, 0, "xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge"),
    };

    // Types whose vCPUs or memory do not follow their family's pattern, and previous-generation types.
    private static readonly Dictionary<string, InstanceTypeInfo> Irregular = new(StringComparer.Ordinal)
    {
        ["c4.8xlarge"] = new("c4.8xlarge", "c4", 36, 60, 0),
        ["d2.8xlarge"] = new("d2.8xlarge", "d2", 36, 244, 0),
        ["m1.small"] = new("m1.small", "m1", 1, 1.7, 0),
        ["m1.medium"] = new("m1.medium", "m1", 1, 3.75, 0),
        ["m1.large"] = new("m1.large", "m1", 2, 7.5, 0),
        ["m1.xlarge"] = new("m1.xlarge", "m1", 4, 15, 0),
        ["m2.xlarge"] = new("m2.xlarge", "m2", 2, 17.1, 0),
        ["m2.2xlarge"] = new("m2.2xlarge", "m2", 4, 34.2, 0),
        ["m2.4xlarge"] = new("m2.4xlarge", "m2", 8, 68.4, 0),
        ["c1.medium"] = new("c1.medium", "c1", 2, 1.7, 0),
        ["c1.xlarge"] = new("c1.xlarge", "c1", 8, 7, 0),
    };

    /// <summary>The type's facts, or null when it is not in the catalog (misspelt, or too new or rare for it).</summary>
    public static InstanceTypeInfo? Find(string? name)
    {
        if (name is null)
        {
            return null;
        }

        if (Irregular.TryGetValue(name, out var irregular))
        {
            return irregular;
        }

        var dot = name.IndexOf('.');
        if (dot <= 0 || !Families.TryGetValue(name.Substring(0, dot), out var family))
        {
            return null;
        }

        var size = name.Substring(dot + 1);
        if (Array.IndexOf(family.Sizes, size) < 0)
        {
            return null;
        }

        var vcpus = VCpusOf(size);
        return new InstanceTypeInfo(name, name.Substring(0, dot), vcpus, vcpus * family.GiBPerVCpu, family.GravitonGeneration);
    }

    /// <summary>The first release of each line that supports the Graviton generation, or null when none in that major version does.</summary>
    public static ReleaseVersion? FirstSupportingRelease(int gravitonGeneration, int major) => (gravitonGeneration, major) switch
    {
        (0, _) => new ReleaseVersion(major, 0, 0),
        (2, 5) => new ReleaseVersion(5, 31, 0),
        (2, 6) => new ReleaseVersion(6, 1, 0),
        (_, 6) => new ReleaseVersion(6, 12, 0),
        (_, >= 7) => new ReleaseVersion(major, 0, 0),
        _ => null,
    };

    private static int VCpusOf(string size) => size switch
    {
        "medium" => 1,
        "large" => 2,
        "xlarge" => 4,
        _ => 4 * int.Parse(size.Substring(0, size.Length - "xlarge".Length), NumberStyles.None, CultureInfo.InvariantCulture),
    };

    private sealed class Family
    {
        public Family(double giBPerVCpu, int gravitonGeneration, string sizes)
        {
            GiBPerVCpu = giBPerVCpu;
            GravitonGeneration = gravitonGeneration;
            Sizes = sizes.Split(' ');
        }

        public double GiBPerVCpu { get; }

        public int GravitonGeneration { get; }

        public string[] Sizes { get; }
    }
}
