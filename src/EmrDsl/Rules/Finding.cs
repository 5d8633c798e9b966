using System.Globalization;

namespace EmrDsl.Rules;

/// <summary>
/// One problem a rule found in a cluster definition.
/// </summary>
/// <param name="Id">The rule id, for example <c>EMR001</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What is wrong, where, and how to fix it.</param>
/// <param name="Path">
/// Where in the RunJobFlow request, in its JSON terms (<c>Instances.InstanceGroups[1].Market</c>; empty for the
/// request as a whole), so an analyzer can map it to the DSL call that set the value and the CLI can print it.
/// </param>
public sealed record Finding(string Id, FindingSeverity Severity, string Message, string Path)
{
    /// <summary>One line, as the CLI prints it: <c>EMR001 warning Instances.InstanceGroups[1].Market: ...</c>.</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1} {2}: {3}", Id, SeverityName(Severity), Wire.WirePath.Display(Path), Message);

    internal static string SeverityName(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };
}
