using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace EmrDsl;

/// <summary>Argument checks for security configurations, phrased after the EMR Management Guide's JSON reference.</summary>
internal static class SecurityRequire
{
    /// <summary>CreateSecurityConfiguration's <c>Name</c> limit.</summary>
    public const int MaxNameLength = 10280;

    private const string KmsExample = "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012 (or ...:alias/my-key)";

    private static readonly Regex KmsKeyArnPattern = new(
        @"^arn:aws[a-z-]*:kms:[a-z]{2}(-[a-z]+)+-\d+:\d{12}:(key|alias)/[A-Za-z0-9/_+=,.@-]+$", RegexOptions.CultureInvariant);

    private static readonly Regex IamRoleArnPattern = new(
        @"^arn:aws[a-z-]*:iam::\d{12}:role/[A-Za-z0-9/_+=,.@-]+$", RegexOptions.CultureInvariant);

    // The pattern of the EMR Serverless API reference's IdentityCenterConfiguration.identityCenterInstanceArn.
    private static readonly Regex IdentityCenterInstanceArnPattern = new(
        @"^arn:(aws[a-zA-Z0-9-]*):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$", RegexOptions.CultureInvariant);

    private static readonly Regex JavaClassNamePattern = new(
        @"^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$", RegexOptions.CultureInvariant);

    private static readonly Regex S3ArnPrefix = new(@"^arn:aws[a-z-]*:s3:::", RegexOptions.CultureInvariant);

    public static string Name(string? value, string parameter)
    {
        Require.NonEmpty(value, parameter, "A security configuration name");
        if (value!.Length > MaxNameLength)
        {
            throw new ArgumentException($"The security configuration name is {value.Length} characters long; EMR allows at most {MaxNameLength}.", parameter);
        }

        return value;
    }

    /// <summary>The documented key form: a fully specified KMS key ARN (alias ARNs are accepted by KMS too).</summary>
    public static string KmsKeyArn(string? value, string parameter)
    {
        Require.NonEmpty(value, parameter, "An AWS KMS key");
        if (!KmsKeyArnPattern.IsMatch(value!))
        {
            var hint = value!.StartsWith("arn:", StringComparison.Ordinal)
                ? "it is not a KMS key ARN"
                : "a bare key id or alias is not enough, EMR needs the fully specified ARN";
            throw new ArgumentException($"The AWS KMS key '{value}' is not usable here: {hint}. Write it as {KmsExample}.", parameter);
        }

        return value!;
    }

    /// <summary>An S3 object as the JSON reference allows it: an s3:// path or an S3 ARN (arn:aws:s3:::bucket/key).</summary>
    public static string S3Object(string? value, string parameter, string what)
    {
        Require.NonEmpty(value, parameter, what);
        var arn = S3ArnPrefix.Match(value!);
        if (!arn.Success)
        {
            return Require.S3Uri(value, parameter, what);
        }

        if (!S3Location.IsValid("s3://" + value!.Substring(arn.Length), out var problem))
        {
            throw new ArgumentException($"{what} '{value}' is not an S3 ARN: {problem}. Write it as arn:aws:s3:::bucket/key or s3://bucket/key.", parameter);
        }

        return value;
    }

    public static string BucketName(string? value, string parameter)
    {
        Require.NonEmpty(value, parameter, "A bucket name");
        if (value!.IndexOf('/') >= 0)
        {
            throw new ArgumentException($"'{value}' is not a bucket name: write only the bucket, without s3:// or a key, such as my-bucket.", parameter);
        }

        if (!S3Location.IsValid("s3://" + value, out var problem))
        {
            throw new ArgumentException($"'{value}' is not a bucket name: {problem}. Write it as my-bucket.", parameter);
        }

        return value;
    }

    /// <summary>A fully qualified Java class name, such as com.mycompany.MyKeyProvider.</summary>
    public static string JavaClassName(string? value, string parameter, string what)
    {
        Require.NonEmpty(value, parameter, what);
        if (!JavaClassNamePattern.IsMatch(value!) || value!.EndsWith(".jar", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"{what} '{value}' is not a Java class name. Write the full class name declared in the JAR, such as com.mycompany.MyKeyProvider.", parameter);
        }

        return value;
    }

    public static string IamRoleArn(string? value, string parameter)
    {
        Require.NonEmpty(value, parameter, "An IAM role");
        if (!IamRoleArnPattern.IsMatch(value!))
        {
            throw new ArgumentException($"The IAM role '{value}' is not a role ARN. Write it as arn:aws:iam::123456789012:role/role-name.", parameter);
        }

        return value!;
    }

    public static bool IsIdentityCenterInstanceArn(string value) => IdentityCenterInstanceArnPattern.IsMatch(value);

    public static string IdentityCenterInstanceArn(string? value, string parameter)
    {
        Require.NonEmpty(value, parameter, "An IAM Identity Center instance");
        if (!IsIdentityCenterInstanceArn(value!))
        {
            throw new ArgumentException($"The IAM Identity Center instance '{value}' is not an instance ARN. Write it as arn:aws:sso:::instance/ssoins-1234567890abcdef.", parameter);
        }

        return value!;
    }

    /// <summary>A Kerberos server as the JSON reference writes it: an FQDN or IP address, optionally with :port.</summary>
    public static string Server(string? value, string parameter, string what, int defaultPort)
    {
        Require.NonEmpty(value, parameter, what);
        var example = $"kdc.example.com or kdc.example.com:{defaultPort.ToString(CultureInfo.InvariantCulture)}";
        if (value!.IndexOf("://", StringComparison.Ordinal) >= 0 || HasWhitespace(value))
        {
            throw new ArgumentException($"{what} '{value}' must be a host name or IP address with an optional port, without a scheme or spaces. Write it as {example}.", parameter);
        }

        var colon = value.LastIndexOf(':');
        if (colon >= 0 && (colon == 0
            || !int.TryParse(value.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port < 1 || port > 65535))
        {
            throw new ArgumentException($"{what} '{value}' has no valid port after ':' (1 to 65535). Write it as {example}.", parameter);
        }

        return value;
    }

    private static bool HasWhitespace(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}
