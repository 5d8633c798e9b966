using EmrDsl.Rules;
using EmrDsl.Wire;

namespace EmrDsl.Cli.Lint;

/// <summary>The text report: <c>FILE: EMR001 warning: message (Instances.InstanceGroups[1].Market)</c>, one finding per line.</summary>
internal static class FindingText
{
    public static string Line(string path, Finding finding) =>
        $"{path}: {finding.Id} {Severity(finding.Severity)}: {finding.Message} ({WirePath.Display(finding.Path)})\n";

    private static string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };
}
