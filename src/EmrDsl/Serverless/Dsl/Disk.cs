using System;
using System.Globalization;

namespace EmrDsl.Serverless;

/// <summary>An amount of ephemeral disk in whole gigabytes, rendered the way EMR Serverless sizes are written: <c>20 GB</c>.</summary>
public readonly struct Disk : IEquatable<Disk>, IComparable<Disk>
{
    private Disk(int gigabytes) => TotalGigabytes = gigabytes;

    public int TotalGigabytes { get; }

    public static Disk Gigabytes(int value) => new(Require.Positive(value, nameof(value), "A disk size in gigabytes"));

    public override string ToString() => TotalGigabytes.ToString(CultureInfo.InvariantCulture) + " GB";

    public bool Equals(Disk other) => TotalGigabytes == other.TotalGigabytes;

    public override bool Equals(object? obj) => obj is Disk other && Equals(other);

    public override int GetHashCode() => TotalGigabytes;

    public int CompareTo(Disk other) => TotalGigabytes.CompareTo(other.TotalGigabytes);

    public static bool operator ==(Disk left, Disk right) => left.Equals(right);

    public static bool operator !=(Disk left, Disk right) => !left.Equals(right);
}
