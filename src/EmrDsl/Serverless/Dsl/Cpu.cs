using System;
using System.Globalization;

namespace EmrDsl.Serverless;

/// <summary>An amount of vCPU, rendered the way EMR Serverless sizes are written: <c>2 vCPU</c>.</summary>
public readonly struct Cpu : IEquatable<Cpu>, IComparable<Cpu>
{
    private Cpu(int vcpus) => Count = vcpus;

    /// <summary>The number of vCPUs.</summary>
    public int Count { get; }

    public static Cpu VCpus(int value) => new(Require.Positive(value, nameof(value), "A vCPU count"));

    public override string ToString() => Count.ToString(CultureInfo.InvariantCulture) + " vCPU";

    public bool Equals(Cpu other) => Count == other.Count;

    public override bool Equals(object? obj) => obj is Cpu other && Equals(other);

    public override int GetHashCode() => Count;

    public int CompareTo(Cpu other) => Count.CompareTo(other.Count);

    public static bool operator ==(Cpu left, Cpu right) => left.Equals(right);

    public static bool operator !=(Cpu left, Cpu right) => !left.Equals(right);
}
