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
    private static readonly Regex EksClusterNamePattern = new(@"^(?=.{1,100}$)[0-9A-Za-z][A-Za-z0-9\-_]*$", RegexOptions.CultureInvariant);
    private static readonly Regex KubernetesNamespacePattern = new(@"^(?=.{1,63}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant);
    private static readonly Regex TemplateParameterNamePattern = new(@"^[.\-_#A-Za-z0-9]{1,512}$", RegexOptions.CultureInvariant);
    private static readonly Regex TemplatePlaceholderPattern = new(@"^\$\{[a-zA-Z]\w*\}$", RegexOptions.CultureInvariant);
    private static readonly Regex EksKmsKeyArnPattern = new(@"^arn:(aws[a-zA-Z0-9-]*):kms:.+:(\d{12})?:key\/[(0-9a-zA-Z)-?]+$", RegexOptions.CultureInvariant);
    private static readonly Regex LogGroupNamePattern = new(@"^[.\-_/#A-Za-z0-9]{1,512}$", RegexOptions.CultureInvariant);

    public static string VirtualClusterId(string? value, string parameter) =>
        Matching(value, VirtualClusterIdPattern, parameter, "The virtual cluster id", "0ynz1ikogr9fbj6s2y3xfcyvf (as CreateVirtualCluster returns it: lowercase letters and digits)");

    public static string EksName(string? value, string parameter, string what = "The job run name") =>
        Matching(value, EksNamePattern, parameter, what, $"nightly-etl (1 to {MaxEksNameLength} letters, digits and . _ / # -; no spaces)");

    /// <summary>An id EMR on EKS returns (a virtual cluster's, a security configuration's): lowercase letters and digits.</summary>
    public static string EksResourceId(string? value, string parameter, string what) =>
        Matching(value, VirtualClusterIdPattern, parameter, what, "0ynz1ikogr9fbj6s2y3xfcyvf (as EMR on EKS returns it: 1 to 64 lowercase letters and digits)");

    public static string EksClusterName(string? value, string parameter) =>
        Matching(value, EksClusterNamePattern, parameter, "The EKS cluster name", "analytics-prod (1 to 100 letters, digits, - and _, starting with a letter or digit)");

    public static string KubernetesNamespace(string? value, string parameter) =>
        Matching(value, KubernetesNamespacePattern, parameter, "The Kubernetes namespace", "emr-data-team-a (1 to 63 lowercase letters, digits and -, starting and ending with a letter or digit)");

    public static string TemplateParameterName(string? value, string parameter) =>
        Matching(value, TemplateParameterNamePattern, parameter, "The template parameter name", "Date (letters, digits and . _ # -; the template refers to it as ${Date})");

    /// <summary>Whether <paramref name="value"/> is a job template placeholder, <c>${Name}</c>.</summary>
    public static bool IsTemplatePlaceholder(string? value) => value is not null && TemplatePlaceholderPattern.IsMatch(value);

    /// <summary><paramref name="value"/> when it is a job template placeholder (<c>${Name}</c>), else what <paramref name="check"/> accepts.</summary>
    public static string OrTemplatePlaceholder(string? value, System.Func<string?, string> check) =>
        IsTemplatePlaceholder(value) ? value! : check(value);

    public static string EksReleaseLabel(string? value, string parameter) =>
        Matching(value, ReleaseLabelPattern, parameter, "The release label", "emr-7.2.0-latest (EMR on EKS labels name the release, optionally with -latest or a dated build)");

    /// <summary>A job template's KMS key: the emr-containers model's <c>KmsKeyArn</c> pattern, a key ARN (aliases are not among its forms).</summary>
    public static string EksKmsKeyArn(string? value, string parameter) =>
        Matching(value, EksKmsKeyArnPattern, parameter, "The KMS key", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab (a key ARN; a job template does not take an alias) or a ${Parameter} placeholder");

    public static string LogGroupName(string? value, string parameter) =>
        Matching(value, LogGroupNamePattern, parameter, "The CloudWatch log group", "/emr-on-eks/nightly (1 to 512 letters, digits and . _ / # -)");

    public static string RotationSize(string? value, string parameter) =>
        Matching(value, RotationSizePattern, parameter, "The log rotation size", "2GB (3 to 12 characters: a number and K, M or G, optionally followed by B)");
}
