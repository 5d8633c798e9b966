using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using EmrDsl.Cli.Import.Syntax;

namespace EmrDsl.Cli.Import;

/// <summary>
/// EmrDsl's named constants for values the importer writes: <c>"emr-5.29.0"</c> becomes <c>EmrRelease.Emr_5_29_0</c>,
/// <c>"m5.xlarge"</c> <c>InstanceTypes.M5.XLarge</c>. The tables are read once from the public constant fields of the
/// catalog classes, so a constant added to EmrDsl is used without touching the importer; a value without one stays a literal.
/// </summary>
internal static class Catalog
{
    private static readonly IReadOnlyDictionary<string, string> Releases = Constants(typeof(EmrRelease));
    private static readonly IReadOnlyDictionary<string, string> Applications = Constants(typeof(EmrApplication));
    private static readonly IReadOnlyDictionary<string, string> InstanceTypeNames = Constants(typeof(InstanceTypes));
    private static readonly IReadOnlyDictionary<string, string> VolumeTypes = Constants(typeof(VolumeType));
    private static readonly IReadOnlyDictionary<string, string> BidPrices = Constants(typeof(BidPrice));
    private static readonly IReadOnlyDictionary<string, string> LogTypes = Constants(typeof(CloudWatchLogTypes));
    private static readonly IReadOnlyDictionary<string, string> LogFiles = Constants(typeof(CloudWatchLogFiles));
    private static readonly IReadOnlyDictionary<string, string> S3LogTypeNames = Constants(typeof(S3LogTypes));
    private static readonly IReadOnlyDictionary<string, string> S3LogUploadPolicyNames = Constants(typeof(S3LogUploadPolicies));

    public static Token Release(string value) => Named(Releases, value);

    public static Token Application(string value) => Named(Applications, value);

    public static Token InstanceType(string value) => Named(InstanceTypeNames, value);

    public static Token Volume(string value) => Named(VolumeTypes, value);

    public static Token Bid(string value) => Named(BidPrices, value);

    public static Token CloudWatchLogType(string value) => Named(LogTypes, value);

    public static Token CloudWatchLogFile(string value) => Named(LogFiles, value);

    public static Token S3LogType(string value) => Named(S3LogTypeNames, value);

    public static Token S3LogUploadPolicy(string value) => Named(S3LogUploadPolicyNames, value);

    private static Token Named(IReadOnlyDictionary<string, string> constants, string value) =>
        constants.TryGetValue(value, out var name) ? new Token(name) : CSharpLiteral.String(value);

    /// <summary>Value to C# name for the string constants of <paramref name="type"/> and its nested classes; the first name declared for a value wins.</summary>
    private static IReadOnlyDictionary<string, string> Constants(Type type)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        void Collect(Type declaring, string prefix)
        {
            foreach (var field in declaring.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string)))
            {
                names.TryAdd((string)field.GetRawConstantValue()!, prefix + "." + field.Name);
            }

            foreach (var nested in declaring.GetNestedTypes(BindingFlags.Public))
            {
                Collect(nested, prefix + "." + nested.Name);
            }
        }

        Collect(type, type.Name);
        return names;
    }
}
