using System;
using System.Globalization;

namespace EmrDsl;

/// <summary>
/// An amount of memory for Spark drivers and executors, held in mebibytes so equal sizes compare equal
/// (<c>Memory.Megabytes(2048) == Memory.Gigabytes(2)</c>). Each target renders it in its own notation:
/// spark-submit takes <c>8g</c> / <c>512m</c> (<see cref="ToSparkSize"/>); EMR Serverless worker sizes take
/// <c>8 GB</c> (<see cref="ToString"/> when <see cref="IsWholeGigabytes"/>).
/// </summary>
public readonly struct Memory : IEquatable<Memory>, IComparable<Memory>
{
    private const int MegabytesPerGigabyte = 1024;

    private Memory(long totalMegabytes) => TotalMegabytes = totalMegabytes;

    /// <summary>The size in mebibytes (Spark's "m").</summary>
    public long TotalMegabytes { get; }

    /// <summary>Whether the size is a whole number of gibibytes, the unit EMR Serverless sizes are written in.</summary>
    public bool IsWholeGigabytes => TotalMegabytes % MegabytesPerGigabyte == 0;

    public static Memory Megabytes(int value) => new(Require.Positive(value, nameof(value), "A memory size in megabytes"));

    public static Memory Gigabytes(int value) => new((long)Require.Positive(value, nameof(value), "A memory size in gigabytes") * MegabytesPerGigabyte);

    /// <summary>The spark-submit / Spark property notation: whole gibibytes as <c>8g</c>, anything else as <c>1536m</c>.</summary>
    public string ToSparkSize() => IsWholeGigabytes
        ? (TotalMegabytes / MegabytesPerGigabyte).ToString(CultureInfo.InvariantCulture) + "g"
        : TotalMegabytes.ToString(CultureInfo.InvariantCulture) + "m";

    /// <summary>The AWS notation: <c>8 GB</c>, or <c>512 MB</c> when not a whole number of gibibytes.</summary>
    public override string ToString() => IsWholeGigabytes
        ? (TotalMegabytes / MegabytesPerGigabyte).ToString(CultureInfo.InvariantCulture) + " GB"
        : TotalMegabytes.ToString(CultureInfo.InvariantCulture) + " MB";

    public bool Equals(Memory other) => TotalMegabytes == other.TotalMegabytes;

    public override bool Equals(object? obj) => obj is Memory other && Equals(other);

    public override int GetHashCode() => TotalMegabytes.GetHashCode();

    public int CompareTo(Memory other) => TotalMegabytes.CompareTo(other.TotalMegabytes);

    public static bool operator ==(Memory left, Memory right) => left.Equals(right);

    public static bool operator !=(Memory left, Memory right) => !left.Equals(right);

    public static bool operator <(Memory left, Memory right) => left.CompareTo(right) < 0;

    public static bool operator >(Memory left, Memory right) => left.CompareTo(right) > 0;

    public static bool operator <=(Memory left, Memory right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Memory left, Memory right) => left.CompareTo(right) >= 0;
}
