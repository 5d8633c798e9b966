using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>
/// What EMR040 and EMR041 share: one <c>Enable...Encryption</c> switch that is off or absent, reported at the switch,
/// saying whether the section it governs is present but ignored.
/// </summary>
public abstract class EncryptionSwitchOffRule : SecurityConfigurationRule
{
    private readonly string _switchPath;

    private protected EncryptionSwitchOffRule(string id, string title, string switchPath)
        : base(id, title, FindingSeverity.Warning, RuleCategory.Security) => _switchPath = switchPath;

    public override IEnumerable<Finding> Check(SecurityConfigurationSpec spec, RuleContext context)
    {
        var (enabled, declared, sectionPresent, section) = Switch(spec);
        if (enabled)
        {
            yield break;
        }

        var name = _switchPath.Substring(_switchPath.LastIndexOf('.') + 1);
        var ignored = sectionPresent ? $" {section} is present but ignored while the switch is off." : string.Empty;
        yield return Report(_switchPath, $"{name} {(declared == false ? "is false" : "is not set")}, so {Consequence}.{ignored} {Fix}");
    }

    /// <summary>The switch's effective value, its value as declared, and whether the section it governs (named) is there.</summary>
    private protected abstract (bool Enabled, bool? Declared, bool SectionPresent, string Section) Switch(SecurityConfigurationSpec spec);

    /// <summary>What is left unencrypted, as a clause.</summary>
    private protected abstract string Consequence { get; }

    /// <summary>How to turn it on, in the document and in the DSL.</summary>
    private protected abstract string Fix { get; }
}
