using System;
using System.Globalization;

namespace EmrDsl.Catalog;

/// <summary>The <c>major.minor.patch</c> of an EMR release label such as <c>emr-6.15.0</c>.</summary>
public readonly record struct ReleaseVersion(int Major, int Minor, int Patch) : IComparable<ReleaseVersion>
{
    public const string LabelPrefix = "emr-";

    /// <summary>Parses <c>emr-M.m.p</c>; previews and betas (<c>emr-6.0.0-beta</c>) and anything else give false.</summary>
    public static bool TryParseLabel(string? label, out ReleaseVersion version)
    {
        version = default;
        if (label is null || !label.StartsWith(LabelPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = label.Substring(LabelPrefix.Length).Split('.');
        if (parts.Length != 3
            || !TryParsePart(parts[0], out var major)
            || !TryParsePart(parts[1], out var minor)
            || !TryParsePart(parts[2], out var patch))
        {
            return false;
        }

        version = new ReleaseVersion(major, minor, patch);
        return true;
    }

    public int CompareTo(ReleaseVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major)
        : Minor != other.Minor ? Minor.CompareTo(other.Minor)
        : Patch.CompareTo(other.Patch);

    public static bool operator <(ReleaseVersion left, ReleaseVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(ReleaseVersion left, ReleaseVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(ReleaseVersion left, ReleaseVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ReleaseVersion left, ReleaseVersion right) => left.CompareTo(right) >= 0;

    public string ToLabel() => string.Format(CultureInfo.InvariantCulture, "{0}{1}.{2}.{3}", LabelPrefix, Major, Minor, Patch);

    public override string ToString() => ToLabel();

    private static bool TryParsePart(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
