using System.Text.RegularExpressions;

namespace EmrDsl;

/// <summary>Argument checks for EMR on EKS: the patterns its API documents for ids, names and release labels.</summary>
internal static partial class Require
{
    public const int MaxEksNameLength = 64;

    private static readonly Regex VirtualClusterIdPattern = new(@"^[0-9a-z]{1,64}$", RegexOptions.CultureInvariant);
    private static readonly Regex EksNamePattern = new(@"^[.\-_/#A-Za-z0-9]{1,64}$", RegexOptions.CultureInvariant);
    private static readonly Regex ReleaseLabelPattern = new(@"^[.\-_/A-Za-z0-9]{1,64}$", RegexOptions.CultureInvariant);
    private static readonly Regex RotationSizePattern = new(@"^(?=.{3,12}$)\d+(\.\d+)?[KMG][Bb]?$", RegexOptions.CultureInvariant);
    private static readonly Regex LogGroupNamePattern = new(@"^[.\-_/#A-Za-z0-9]{1,512}$", RegexOptions.CultureInvariant);

    public static string VirtualClusterId(string? value, string parameter) =>
        Matching(value, VirtualClusterIdPattern, parameter, "The virtual cluster id", "0ynz1ikogr9fbj6s2y3xfcyvf (as CreateVirtualCluster returns it: lowercase letters and digits)");

    public static string EksName(string? value, string parameter) =>
        Matching(value, EksNamePattern, parameter, "The job run name", $"nightly-etl (1 to {MaxEksNameLength} letters, digits and . _ / # -; no spaces)");

    public static string EksReleaseLabel(string? value, string parameter) =>
        Matching(value, ReleaseLabelPattern, parameter, "The release label", "emr-7.2.0-latest (EMR on EKS labels name the release, optionally with -latest or a dated build)");

    public static string LogGroupName(string? value, string parameter) =>
        Matching(value, LogGroupNamePattern, parameter, "The CloudWatch log group", "/emr-on-eks/nightly (1 to 512 letters, digits and . _ / # -)");

    public static string RotationSize(string? value, string parameter) =>
        Matching(value, RotationSizePattern, parameter, "The log rotation size", "2GB (3 to 12 characters: a number and K, M or G, optionally followed by B)");
}
