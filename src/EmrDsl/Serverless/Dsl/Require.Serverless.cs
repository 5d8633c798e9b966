using System;
using System.Text.RegularExpressions;

namespace EmrDsl;

/// <summary>Argument checks for EMR Serverless: the patterns its API documents for names, ids, images and keys.</summary>
internal static partial class Require
{
    public const int MaxServerlessNameLength = 64;

    private static readonly Regex ApplicationNamePattern = new(@"^[A-Za-z0-9._/#-]+$", RegexOptions.CultureInvariant);
    private static readonly Regex ApplicationIdPattern = new(@"^[0-9a-z]{1,64}$", RegexOptions.CultureInvariant);
    private static readonly Regex SubnetIdPattern = new(@"^subnet-[0-9a-f]+$", RegexOptions.CultureInvariant);
    private static readonly Regex SecurityGroupIdPattern = new(@"^sg-[0-9a-f]+$", RegexOptions.CultureInvariant);
    private static readonly Regex TagKeyPattern = new(@"^[A-Za-z0-9 /_.:=+@-]{1,128}$", RegexOptions.CultureInvariant);

    // The service model's ImageUri and EncryptionKeyArn patterns (EMR Serverless takes key ARNs, not aliases).
    private static readonly Regex EcrImageUriPattern = new(
        @"^([0-9]{12})\.dkr\.ecr\.([a-z0-9-]+).([a-z0-9._-]+)\/((?:[a-z0-9]+(?:[-._][a-z0-9]+)*/)*[a-z0-9]+(?:[-._][a-z0-9]+)*)(?::([a-zA-Z0-9_]+[a-zA-Z0-9-._]*)|@(sha256:[0-9a-f]{64}))$",
        RegexOptions.CultureInvariant);

    private static readonly Regex ServerlessKmsKeyArnPattern = new(@"^arn:(aws[a-zA-Z0-9-]*):kms:[a-zA-Z0-9\-]*:([0-9]{12}):key\/[a-zA-Z0-9-]+$", RegexOptions.CultureInvariant);

    public static string ServerlessName(string? value, string parameter)
    {
        NonEmpty(value, parameter, "An application name");
        if ((value!.Length > MaxServerlessNameLength || !ApplicationNamePattern.IsMatch(value)) && !Model.TemplatePlaceholders.In(value))
        {
            throw new ArgumentException(
                $"The application name '{value}' is not allowed: EMR Serverless takes 1 to {MaxServerlessNameLength} letters, digits and . _ / # -. Write it like nightly-etl.",
                parameter);
        }

        return value;
    }

    public static string ApplicationId(string? value, string parameter) =>
        Matching(value, ApplicationIdPattern, parameter, "The application id", "00fabcdefgh1234 (as CreateApplication returns it: lowercase letters and digits)");

    public static string SubnetId(string? value, string parameter) =>
        Matching(value, SubnetIdPattern, parameter, "The subnet id", "subnet-0123456789abcdef0");

    public static string SecurityGroupId(string? value, string parameter) =>
        Matching(value, SecurityGroupIdPattern, parameter, "The security group id", "sg-0123456789abcdef0");

    public static string TagKey(string? value, string parameter) =>
        Matching(value, TagKeyPattern, parameter, "The tag key", "Owner (1 to 128 letters, digits, spaces and / _ . : = + @ -)");

    public static string EcrImageUri(string? value, string parameter) =>
        Matching(value, EcrImageUriPattern, parameter, "The image URI", "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-spark:latest");

    public static string ServerlessKmsKeyArn(string? value, string parameter, string what) =>
        Matching(value, ServerlessKmsKeyArnPattern, parameter, what, "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab (a key ARN; EMR Serverless does not take aliases)");

    /// <summary>A duration the API takes in whole minutes, between <paramref name="min"/> and <paramref name="max"/> minutes.</summary>
    public static int WholeMinutes(TimeSpan value, string parameter, string what, int min, int max)
    {
        if (value.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            throw new ArgumentException($"{what} is {value}, but EMR Serverless takes whole minutes. Write it like TimeSpan.FromMinutes(30).", parameter);
        }

        var minutes = value.TotalMinutes;
        if (minutes < min || minutes > max)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{what} must be {min} to {max} minutes (got {minutes} minutes).");
        }

        return (int)minutes;
    }
}
