using System;
using System.Linq;
using EmrDsl.Catalog;
using EmrDsl.Model;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules;

public sealed class UnsupportedReleaseOrInstanceTypeRuleTests
{
    private readonly UnsupportedReleaseOrInstanceTypeRule _rule = new();

    [Theory]
    [InlineData("emr-7.3.0", "left standard support after 2026-10-15 (end of support 2026-10-16, end of life 2027-10-16)")]
    [InlineData("emr-4.0.0", "unknown or withdrawn")]
    [InlineData("emr-9.0.0", "newer than the releases")]
    [InlineData("6.15.0", "not an EMR release label")]
    public void Release_problems_are_reported_at_the_label(string label, string expected)
    {
        Assert.Contains(expected, Single(_rule, Clean() with { ReleaseLabel = label }, "ReleaseLabel").Message);
    }

    [Fact]
    public void Support_is_judged_on_the_evaluation_date()
    {
        var spec = Clean() with { ReleaseLabel = "emr-7.9.0" };
        Assert.Empty(Findings(_rule, spec));
        Assert.Empty(Findings(_rule, spec, RuleContext.Default with { EvaluationDate = new DateTime(2027, 5, 19, 18, 0, 0) }));
        Assert.Contains("left standard support after 2027-05-19", Single(_rule, spec, "ReleaseLabel", RuleContext.Default with { EvaluationDate = new DateTime(2027, 5, 20) }).Message);
        Assert.Contains("reached end of life on 2028-05-19", Single(_rule, spec, "ReleaseLabel", RuleContext.Default with { EvaluationDate = new DateTime(2028, 5, 19) }).Message);
    }

    [Fact]
    public void Releases_without_lifecycle_dates_are_not_judged()
    {
        Assert.Null(ReleaseCatalog.Lifecycle(new ReleaseVersion(5, 20, 0)));
        Assert.Empty(Findings(_rule, Clean() with { ReleaseLabel = "emr-5.20.0" }, RuleContext.Default with { EvaluationDate = new DateTime(2030, 1, 1) }));
    }

    [Fact]
    public void The_suggested_replacement_is_the_newest_release_the_catalog_knows()
    {
        Assert.Equal("emr-7.14.0", ReleaseCatalog.LatestLabel);
        Assert.Equal(ReleaseCatalog.Releases.Max(r => r.Version), ReleaseCatalog.Latest);
        Assert.EndsWith("such as emr-7.14.0.", Single(_rule, Clean() with { ReleaseLabel = "emr-7.3.0" }, "ReleaseLabel").Message);
        Assert.EndsWith("such as emr-7.14.0.", Single(_rule, Clean() with { ReleaseLabel = "emr-4.0.0" }, "ReleaseLabel").Message);
        Assert.EndsWith("for example emr-7.14.0.", Single(_rule, Clean() with { ReleaseLabel = "7.14.0" }, "ReleaseLabel").Message);
        Assert.EndsWith("such as emr-7.14.0.", Single(_rule, Clean() with { ReleaseLabel = null, AmiVersion = "3.11.0" }, "AmiVersion").Message);
        Assert.Empty(Findings(_rule, Clean() with { ReleaseLabel = ReleaseCatalog.LatestLabel }));
        Assert.Contains("newer than the releases this EmrDsl version knows (up to emr-7.14.0)", Single(_rule, Clean() with { ReleaseLabel = "emr-7.15.0" }, "ReleaseLabel").Message);
    }

    [Fact]
    public void Graviton2_before_its_first_release_is_reported_at_the_instance_type()
    {
        var spec = Clean().WithGroups(Group(InstanceRole.Master), Group(InstanceRole.Core, "m6g.xlarge")) with { ReleaseLabel = "emr-6.0.0" };
        var findings = Findings(_rule, spec);
        var graviton = Assert.Single(findings, f => f.Path == "Instances.InstanceGroups[1].InstanceType");
        Assert.Contains("emr-6.1.0 or later", graviton.Message);
        Assert.Empty(Findings(_rule, spec with { ReleaseLabel = "emr-7.12.0" }));
    }

    [Fact]
    public void Graviton3_on_5x_and_unknown_types_are_reported()
    {
        var graviton3 = Clean().WithGroups(Group(InstanceRole.Master, "m7g.xlarge"), Group(InstanceRole.Core)) with { ReleaseLabel = "emr-5.36.2" };
        Assert.Contains(Findings(_rule, graviton3), f => f.Path == "Instances.InstanceGroups[0].InstanceType" && f.Message.Contains("Graviton3"));
        Assert.Contains("m5.xlarg", Single(_rule, Clean().WithGroups(Group(InstanceRole.Master, "m5.xlarg"), Group(InstanceRole.Core)), "Instances.InstanceGroups[0].InstanceType").Message);
    }

    [Fact]
    public void Ami_versions_are_reported()
    {
        Assert.Contains("3.10 or lower", Single(_rule, Clean() with { ReleaseLabel = null, AmiVersion = "3.0.4" }, "AmiVersion").Message);
    }
}
