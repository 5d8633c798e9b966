using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using EmrDsl.Catalog;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Catalog;

/// <summary>The release catalog is ordered, has no hole between its first and last release, and its dates are the Release Guide's.</summary>
public sealed class ReleaseCatalogTests
{
    // Holes the Release Guide explains: each is a line or patch that never existed, or one ListReleaseLabels no longer offers.
    private static readonly Dictionary<(int Major, int Minor), string> MissingLines = new()
    {
        [(4, 7)] = "emr-4.7.0 to emr-4.7.4 are in the Release Guide, but ListReleaseLabels no longer offers them",
    };

    private static readonly Dictionary<ReleaseVersion, string> MissingPatches = new()
    {
        [new(4, 8, 0)] = "in the Release Guide, but ListReleaseLabels no longer offers it",
        [new(4, 8, 1)] = "never released: the Release Guide's 4.8 pages go from emr-4.8.0 to emr-4.8.2",
        [new(4, 9, 0)] = "never released: the Release Guide's 4.9 pages start at emr-4.9.1",
        [new(5, 0, 1)] = "not offered by ListReleaseLabels",
        [new(5, 0, 2)] = "in the Release Guide (emr-502-release), but ListReleaseLabels no longer offers it",
    };

    private static readonly ReleaseVersion[] Versions = ReleaseCatalog.Releases.Select(r => r.Version).ToArray();

    [Fact]
    public void Releases_are_listed_newest_first_without_duplicates()
    {
        Assert.Equal(ReleaseCatalog.Latest, Versions[0]);
        for (var i = 1; i < Versions.Length; i++)
        {
            Assert.True(Versions[i - 1] > Versions[i], $"{Versions[i - 1]} must come before {Versions[i]}, once");
        }
    }

    [Fact]
    public void Every_minor_line_between_the_first_and_last_release_is_listed()
    {
        var first = Versions[Versions.Length - 1];
        var last = Versions[0];
        var lines = new HashSet<(int, int)>(Versions.Select(v => (v.Major, v.Minor)));
        var holes = new List<(int Major, int Minor)>();
        for (var major = first.Major; major <= last.Major; major++)
        {
            var newestMinor = Versions.Where(v => v.Major == major).Select(v => v.Minor).DefaultIfEmpty(-1).Max();
            Assert.True(newestMinor >= 0, $"no {major}.x release between {first} and {last}");
            for (var minor = major == first.Major ? first.Minor : 0; minor <= newestMinor; minor++)
            {
                if (!lines.Contains((major, minor)))
                {
                    holes.Add((major, minor));
                }
            }
        }

        Assert.Equal(MissingLines.Keys.OrderBy(l => l), holes.OrderBy(l => l));
    }

    [Fact]
    public void Every_patch_release_of_a_line_is_listed()
    {
        var known = new HashSet<ReleaseVersion>(Versions);
        var holes = new List<ReleaseVersion>();
        foreach (var line in Versions.GroupBy(v => (v.Major, v.Minor)))
        {
            for (var patch = 0; patch < line.Max(v => v.Patch); patch++)
            {
                var version = new ReleaseVersion(line.Key.Major, line.Key.Minor, patch);
                if (!known.Contains(version))
                {
                    holes.Add(version);
                }
            }
        }

        Assert.Equal(MissingPatches.Keys.OrderBy(v => v), holes.OrderBy(v => v));
    }

    [Fact]
    public void Lifecycle_dates_are_consistent()
    {
        var dated = ReleaseCatalog.Releases.Where(r => r.Dates is not null).ToArray();
        Assert.True(dated.Length >= 8, "the lifecycle tables read must stay in the catalog");
        foreach (var release in dated)
        {
            var dates = release.Dates!;
            var label = release.Version.ToLabel();
            Assert.True(dates.InitialRelease < dates.StandardSupportUntil, label);
            Assert.Equal(dates.StandardSupportUntil.AddDays(1), dates.EndOfSupport);
            Assert.True(dates.EndOfSupport <= dates.EndOfLife, label);
            AssertClose(dates.InitialRelease.AddMonths(24), dates.StandardSupportUntil, label + " standard support is 24 months");
            AssertClose(dates.EndOfSupport.AddMonths(12), dates.EndOfLife, label + " end of life is a year after end of support");
            Assert.True(dates.InitialRelease <= ReleaseCatalog.CatalogDate, label + " was released before the catalog was read");
        }

        // Within a major version a newer release came out later.
        foreach (var major in dated.GroupBy(r => r.Version.Major))
        {
            var initial = major.Select(r => r.Dates!.InitialRelease).ToArray();
            Assert.Equal(initial.OrderByDescending(d => d), initial);
        }
    }

    [Theory]
    [InlineData("emr-7.14.0", "2026-09-08", "2028-09-08", "2028-09-09", "2029-09-08")]
    [InlineData("emr-7.13.0", "2026-04-21", "2028-04-21", "2028-04-22", "2029-04-21")]
    [InlineData("emr-7.10.0", "2025-08-15", "2027-08-15", "2027-08-16", "2028-08-15")]
    [InlineData("emr-7.9.0", "2025-05-19", "2027-05-19", "2027-05-20", "2028-05-19")]
    [InlineData("emr-7.7.0", "2025-02-06", "2027-02-05", "2027-02-06", "2028-02-06")]
    [InlineData("emr-7.5.0", "2024-11-21", "2026-11-20", "2026-11-21", "2027-11-21")]
    [InlineData("emr-7.4.0", "2024-11-13", "2026-11-12", "2026-11-13", "2027-11-13")]
    [InlineData("emr-7.3.0", "2024-10-16", "2026-10-15", "2026-10-16", "2027-10-16")]
    public void Dates_are_the_release_pages_lifecycle_tables(string label, string initial, string standardUntil, string endOfSupport, string endOfLife)
    {
        Assert.True(ReleaseVersion.TryParseLabel(label, out var version));
        Assert.Equal(
            new LifecycleDates(DateTime.Parse(initial), DateTime.Parse(standardUntil), DateTime.Parse(endOfSupport), DateTime.Parse(endOfLife)),
            ReleaseCatalog.Lifecycle(version));
    }

    [Fact]
    public void Every_dated_row_names_the_release_page_it_was_read_from()
    {
        var source = File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", "EmrDsl", "Catalog", "ReleaseLifecycleTable.cs"));
        var rows = source.Where(line => line.TrimStart().StartsWith("Dated(\"", StringComparison.Ordinal)).ToArray();
        Assert.Equal(ReleaseCatalog.Releases.Count(r => r.Dates is not null), rows.Length);
        foreach (var row in rows)
        {
            var match = Regex.Match(row, @"Dated\(""emr-(\d+)\.(\d+)\.(\d+)"".*// (emr-\d+-release) \(");
            Assert.True(match.Success, "a dated row needs a comment naming its Release Guide page and the copies read: " + row.Trim());
            Assert.Equal($"emr-{match.Groups[1].Value}{match.Groups[2].Value}{match.Groups[3].Value}-release", match.Groups[4].Value);
        }
    }

    [Fact]
    public void The_EMR009_page_names_every_dated_release()
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", "EMR009.md"));
        foreach (var release in ReleaseCatalog.Releases.Where(r => r.Dates is not null))
        {
            var version = release.Version.ToLabel().Substring(ReleaseVersion.LabelPrefix.Length);
            Assert.Matches(@"[ -]" + Regex.Escape(version) + @"[,. ]", page);
        }
    }

    [Fact]
    public void Releases_without_a_lifecycle_table_have_no_dates()
    {
        Assert.True(ReleaseCatalog.IsKnown(new ReleaseVersion(5, 20, 0)));
        Assert.Null(ReleaseCatalog.Lifecycle(new ReleaseVersion(5, 20, 0)));
        Assert.Null(ReleaseCatalog.Lifecycle(new ReleaseVersion(4, 0, 0)));
    }

    [Fact]
    public void The_catalog_date_is_the_day_its_data_was_read()
    {
        Assert.Equal(new DateTime(2026, 12, 3), ReleaseCatalog.CatalogDate);
    }

    [Fact]
    public void Every_release_constant_is_in_the_catalog_and_the_newest_has_one()
    {
        var labels = typeof(EmrRelease).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToArray();
        foreach (var label in labels)
        {
            Assert.True(ReleaseVersion.TryParseLabel(label, out var version) && ReleaseCatalog.IsKnown(version), label);
        }

        Assert.Contains(ReleaseCatalog.LatestLabel, labels);
    }

    private static void AssertClose(DateTime expected, DateTime actual, string what) =>
        Assert.True(Math.Abs((actual - expected).TotalDays) <= 2, $"{what}: expected about {expected:yyyy-MM-dd}, found {actual:yyyy-MM-dd}");
}
