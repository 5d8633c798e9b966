namespace EmrDsl.Rules;

/// <summary>What every rule has, whatever it checks (a cluster, an EMR Serverless application or job run): id, title, severity, category and help page.</summary>
public abstract class Rule
{
    /// <summary>
    /// Every rule's documentation page (and each generator diagnostic's) lives under this address, as <c>{Id}.md</c>:
    /// docs/rules in the repository that RepositoryUrl (Directory.Build.props) names.
    /// </summary>
    public const string HelpBaseUrl = RepositoryInfo.FilesUrl + "docs/rules/";

    protected Rule(string id, string title, FindingSeverity defaultSeverity, RuleCategory category)
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

    /// <summary>A finding of this rule at its default severity.</summary>
    protected Finding Report(string path, string message) => new(Id, DefaultSeverity, message, path);
}
