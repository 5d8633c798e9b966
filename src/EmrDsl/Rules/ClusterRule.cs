using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>
/// One check over a cluster definition: plain data in, findings out. The same rule runs in
/// <c>Cluster.Validate()</c>, the Roslyn analyzers and <c>emrdsl lint</c>.
/// </summary>
public abstract class ClusterRule
{
    /// <summary>Every rule's documentation page lives under this address, as <c>{Id}.md</c>.</summary>
    public const string HelpBaseUrl = "https://github.com/emrdsl/emrdsl/blob/main/docs/rules/";

    protected ClusterRule(string id, string title, FindingSeverity defaultSeverity, RuleCategory category)
    {
        Id = id;
        Title = title;
        DefaultSeverity = defaultSeverity;
        Category = category;
    }

    public string Id { get; }

    public string Title { get; }

    public FindingSeverity DefaultSeverity { get; }

    public RuleCategory Category { get; }

    public string HelpLink => HelpBaseUrl + Id + ".md";

    /// <summary>The findings for <paramref name="spec"/>, in a deterministic order.</summary>
    public abstract IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context);

    /// <summary>A finding of this rule at its default severity.</summary>
    protected Finding Report(string path, string message) => new(Id, DefaultSeverity, message, path);
}
