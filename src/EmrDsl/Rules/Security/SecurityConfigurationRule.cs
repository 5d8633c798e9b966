using System.Collections.Generic;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>
/// One check over a security configuration document: the model in, findings out, with paths in the document's JSON
/// terms (<c>EncryptionConfiguration.EnableAtRestEncryption</c>). Runs in <c>SecurityConfiguration.Validate()</c> and
/// <c>emrdsl lint</c> on a document; a rule about what only a document read from JSON can hold overrides
/// <see cref="CheckDocument"/>.
/// </summary>
public abstract class SecurityConfigurationRule : Rule
{
    protected SecurityConfigurationRule(string id, string title, FindingSeverity defaultSeverity, RuleCategory category)
        : base(id, title, defaultSeverity, category)
    {
    }

    /// <summary>The findings for <paramref name="spec"/>, in document order.</summary>
    public abstract IEnumerable<Finding> Check(SecurityConfigurationSpec spec, RuleContext context);

    /// <summary>The findings for a document read from JSON: by default those for its model.</summary>
    internal virtual IEnumerable<Finding> CheckDocument(SecurityConfigurationDocument document, RuleContext context) => Check(document.Spec, context);
}
