using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Analyzers.Tests;

/// <summary>The descriptors, the analyzer, the release-tracking files and the docs pages agree.</summary>
public sealed class RuleCatalogTests
{
    private static readonly string RepositoryRoot = FindRoot();

    [Fact]
    public void Every_rule_is_reported_by_the_analyzer()
    {
        var supported = Verify.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToList();
        Assert.Equal(Descriptors.ById.Keys.OrderBy(id => id, StringComparer.Ordinal), supported.OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_help_link_points_at_an_existing_rule_page()
    {
        foreach (var descriptor in Descriptors.ById.Values)
        {
            // Rule.HelpBaseUrl comes from RepositoryUrl (RuleSetTests checks it against Directory.Build.props).
            Assert.Equal(EmrDsl.Rules.Rule.HelpBaseUrl + descriptor.Id + ".md", descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(RepositoryRoot, "docs", "rules", descriptor.Id + ".md")), $"{descriptor.Id}: docs/rules/{descriptor.Id}.md is missing");
        }
    }

    [Fact]
    public void The_unshipped_release_lists_every_rule_with_its_category_and_severity()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryRoot, "src", "EmrDsl.Analyzers", "AnalyzerReleases.Unshipped.md"))
            .Where(line => line.StartsWith("EMR", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .ToDictionary(cells => cells[0], cells => (Category: cells[1], Severity: cells[2], Title: cells[3]));

        Assert.Equal(Descriptors.ById.Keys.OrderBy(id => id, StringComparer.Ordinal), rows.Keys.OrderBy(id => id, StringComparer.Ordinal));
        foreach (var descriptor in Descriptors.ById.Values)
        {
            Assert.Equal((descriptor.Category, descriptor.DefaultSeverity.ToString(), descriptor.Title.ToString()), rows[descriptor.Id]);
        }
    }

    [Theory]
    [InlineData(Rules.FindingSeverity.Info, DiagnosticSeverity.Info)]
    [InlineData(Rules.FindingSeverity.Warning, DiagnosticSeverity.Warning)]
    [InlineData(Rules.FindingSeverity.Error, DiagnosticSeverity.Error)]
    public void Finding_severities_map_one_to_one(Rules.FindingSeverity severity, DiagnosticSeverity expected)
    {
        Assert.Equal(expected, Descriptors.Severity(severity));
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EmrDsl.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("EmrDsl.sln not found above " + AppContext.BaseDirectory);
    }
}
