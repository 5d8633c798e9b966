using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>
/// One check over a PutBlockPublicAccessConfiguration request (the account's block public access setting), with paths in
/// its JSON terms (<c>BlockPublicAccessConfiguration.BlockPublicSecurityGroupRules</c>). Runs in
/// <c>BlockPublicAccess.Validate()</c> and <c>emrdsl lint</c>.
/// </summary>
public abstract class BlockPublicAccessRule : Rule
{
    /// <summary>The request member that holds the configuration.</summary>
    protected const string Configuration = "BlockPublicAccessConfiguration";

    protected BlockPublicAccessRule(string id, string title, FindingSeverity defaultSeverity, RuleCategory category)
        : base(id, title, defaultSeverity, category)
    {
    }

    /// <summary>The findings for <paramref name="configuration"/>, in request order.</summary>
    public abstract IEnumerable<Finding> Check(BlockPublicAccessConfigurationSpec configuration, RuleContext context);
}
