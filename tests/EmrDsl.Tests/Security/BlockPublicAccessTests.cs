using System;
using System.Linq;
using EmrDsl.Emit.Terraform;
using EmrDsl.Model;
using EmrDsl.Rules;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Security;

/// <summary>
/// The account's block public access setting as a definition of its own: PutBlockPublicAccessConfiguration checked
/// against the EMR service model, <c>aws_emr_block_public_access_configuration</c> against the Terraform schema, both
/// approved; EMR063 and EMR064 with passing and failing cases.
/// </summary>
public sealed class BlockPublicAccessTests
{
    private static readonly BlockPublicAccess SshOnly = BlockPublicAccess.On().Permit(22);

    [Fact]
    public void On_with_SSH_permitted_is_a_valid_request_and_Terraform_resource()
    {
        PayloadAssert.Matches(SshOnly.Permit(100, 101).ToPutBlockPublicAccessConfigurationJson(), PayloadKind.PutBlockPublicAccessConfiguration, "BlockPublicAccess.approved.json");
        PayloadAssert.Matches(SshOnly.Permit(100, 101).ToTerraformJson("account"), PayloadKind.Terraform, "BlockPublicAccess.tf.approved.json");
    }

    [Fact]
    public void Off_is_written_as_asked_and_valid_for_both_oracles()
    {
        PayloadOracle.AssertValid(BlockPublicAccess.Off().ToPutBlockPublicAccessConfigurationJson(), PayloadKind.PutBlockPublicAccessConfiguration);
        PayloadOracle.AssertValid(BlockPublicAccess.Off().ToTerraformJson(), PayloadKind.Terraform);
    }

    [Fact]
    public void Blocking_with_only_SSH_or_nothing_permitted_has_no_findings()
    {
        Assert.Empty(SshOnly.Validate());
        Assert.Empty(BlockPublicAccess.On().Validate());
        Assert.Empty(BlockPublicAccess.FromSpec(Request(true, new PortRangeSpec { MinRange = 22 })).Validate());
    }

    [Fact]
    public void EMR063_block_public_access_off()
    {
        var finding = Assert.Single(BlockPublicAccess.Off().Validate());

        Assert.Equal(("EMR063", "BlockPublicAccessConfiguration.BlockPublicSecurityGroupRules"), (finding.Id, finding.Path));
        Assert.Contains("BlockPublicAccess.On().Permit(22)", finding.Message);
    }

    [Fact]
    public void EMR064_reports_each_permitted_range_beyond_port_22_at_its_path()
    {
        var findings = SshOnly.Permit(3389).Permit(8000, 8100).Permit(20, 23).Validate();

        Assert.Equal(
            new[]
            {
                ("EMR064", "BlockPublicAccessConfiguration.PermittedPublicSecurityGroupRuleRanges[1]"),
                ("EMR064", "BlockPublicAccessConfiguration.PermittedPublicSecurityGroupRuleRanges[2]"),
                ("EMR064", "BlockPublicAccessConfiguration.PermittedPublicSecurityGroupRuleRanges[3]"),
            },
            findings.Select(f => (f.Id, f.Path)).ToArray());
        Assert.Contains("port 3389", findings[0].Message);
        Assert.Contains("ports 8000-8100", findings[1].Message);
        Assert.Contains("ports 20-23", findings[2].Message);
    }

    [Fact]
    public void EMR064_is_left_to_EMR063_while_block_public_access_is_off()
    {
        var findings = BlockPublicAccess.FromSpec(Request(false, new PortRangeSpec { MinRange = 0, MaxRange = 65535 })).Validate();

        Assert.Equal(new[] { "EMR063" }, findings.Select(f => f.Id).ToArray());
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 65536)]
    [InlineData(30, 20)]
    public void A_port_range_outside_1_to_65535_or_backwards_is_refused(int min, int max)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => BlockPublicAccess.On().Permit(min, max));

        Assert.True(error.Message.Contains("1 to 65535", StringComparison.Ordinal) || error.Message.Contains("lower port first", StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void Ranges_cannot_be_permitted_while_block_public_access_is_off_nor_twice()
    {
        Assert.Contains("BlockPublicAccess.On().Permit", Assert.Throws<InvalidOperationException>(() => BlockPublicAccess.Off().Permit(22)).Message);
        Assert.Contains("already permitted", Assert.Throws<ArgumentException>(() => SshOnly.Permit(22)).Message);
    }

    [Fact]
    public void A_single_port_range_without_MaxRange_is_written_to_Terraform_with_both_bounds()
    {
        var json = TerraformBlockPublicAccess.ToJson(Request(true, new PortRangeSpec { MinRange = 22 }).BlockPublicAccessConfiguration!, "account");

        PayloadOracle.AssertValid(Json.JsonText.Write(json), PayloadKind.Terraform);
        Assert.Contains("\"max_range\": 22", Json.JsonText.Write(json), StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_set_holds_EMR063_and_EMR064_each_with_its_page_readme_row_and_mapping_row()
    {
        Assert.Equal(new[] { "EMR063", "EMR064" }, BlockPublicAccessRuleSet.All.Select(r => r.Id).ToArray());
        var readme = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "docs", "rules", "README.md"));
        foreach (var rule in BlockPublicAccessRuleSet.All)
        {
            RepositoryLinks.AssertIsRulePage(rule.Id, rule.HelpLink);
            Assert.True(System.IO.File.Exists(System.IO.Path.Combine(RepoPaths.Root, "docs", "rules", rule.Id + ".md")), rule.Id + ".md is missing");
            Assert.Contains($"| [{rule.Id}]({rule.Id}.md) | {rule.Title} | {rule.DefaultSeverity} | {rule.Category} |", readme);
            Assert.Contains($"| {rule.Id} |", readme);
        }
    }

    private static PutBlockPublicAccessConfigurationSpec Request(bool block, params PortRangeSpec[] ranges) => new()
    {
        BlockPublicAccessConfiguration = new BlockPublicAccessConfigurationSpec
        {
            BlockPublicSecurityGroupRules = block,
            PermittedPublicSecurityGroupRuleRanges = EquatableArray.Create(ranges),
        },
    };
}
