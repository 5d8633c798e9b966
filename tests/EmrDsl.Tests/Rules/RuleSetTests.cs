using System.Linq;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules;

public sealed class RuleSetTests
{
    [Fact]
    public void Rules_are_in_id_order_with_unique_ids_and_their_own_help_page()
    {
        var ids = RuleSet.All.Select(r => r.Id).ToArray();
        Assert.Equal(ids.OrderBy(i => i, System.StringComparer.Ordinal), ids);
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(RuleSet.All.Concat<Rule>(ServerlessRuleSet.All), r => EmrDsl.Testing.RepositoryLinks.AssertIsRulePage(r.Id, r.HelpLink));
    }

    [Fact]
    public void Every_rule_has_a_documentation_page_and_a_readme_row_matching_its_metadata()
    {
        var readme = System.IO.File.ReadAllText(System.IO.Path.Combine(EmrDsl.Testing.RepoPaths.Root, "docs", "rules", "README.md"));
        foreach (var rule in RuleSet.All)
        {
            Assert.True(System.IO.File.Exists(System.IO.Path.Combine(EmrDsl.Testing.RepoPaths.Root, "docs", "rules", rule.Id + ".md")), rule.Id + ".md is missing");
            Assert.Contains($"| [{rule.Id}]({rule.Id}.md) | {rule.Title} | {rule.DefaultSeverity} | {rule.Category} |", readme);
        }
    }

    [Fact]
    public void Clean_cluster_validates_without_findings_and_results_are_deterministic()
    {
        Assert.Empty(Cluster.FromSpec(Clean()).Validate());
        var messy = Cluster.FromSpec(Clean() with { LogUri = null, SecurityConfiguration = null, KerberosAttributes = null });
        var first = messy.Validate();
        Assert.Equal(new[] { "EMR002", "EMR004", "EMR014" }, first.Select(f => f.Id));
        Assert.Equal(first, messy.Validate());
    }

    [Fact]
    public void Validate_passes_the_context_to_the_rules()
    {
        var cluster = Cluster.FromSpec(Clean() with { LogUri = null });
        var finding = Assert.Single(cluster.Validate(RuleContext.Default with { DefaultLogUri = "s3://mine/" }));
        Assert.Contains("s3://mine/", finding.Message);
    }

    [Fact]
    public void Findings_are_equatable_values_and_print_as_one_line()
    {
        var a = new Finding("EMR002", FindingSeverity.Warning, "No log.", "LogUri");
        Assert.Equal(a, new Finding("EMR002", FindingSeverity.Warning, "No log.", "LogUri"));
        Assert.NotEqual(a, a with { Path = "Name" });
        Assert.Equal("EMR002 warning LogUri: No log.", a.ToString());
        Assert.Equal("EMR010 error (root): x", new Finding("EMR010", FindingSeverity.Error, "x", "").ToString());
    }
}
