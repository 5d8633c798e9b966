using Xunit;

namespace EmrDsl.Cli.Tests;

/// <summary><c>emrdsl lint</c> and <c>validate</c> recognise a PutBlockPublicAccessConfiguration request by its member and judge it (EMR063, EMR064).</summary>
public sealed class BlockPublicAccessLintTests
{
    [Fact]
    public void Ranges_beyond_SSH_are_linted_each_at_its_path()
    {
        var path = Payload.Write("""
            {"BlockPublicAccessConfiguration": {"BlockPublicSecurityGroupRules": true,
              "PermittedPublicSecurityGroupRuleRanges": [{"MinRange": 22, "MaxRange": 22}, {"MinRange": 3389, "MaxRange": 3389}]}}
            """);

        var run = CliRun.Of("lint", path, "--warnaserror");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: EMR064 warning: Public security group rules are permitted on port 3389", run.Output);
        Assert.Contains("(BlockPublicAccessConfiguration.PermittedPublicSecurityGroupRuleRanges[1])", run.Output);
        Assert.DoesNotContain("PermittedPublicSecurityGroupRuleRanges[0]", run.Output);
        Assert.Contains("valid PutBlockPublicAccessConfiguration request", CliRun.Of("validate", path).Output);
    }

    [Fact]
    public void Block_public_access_off_is_EMR063_and_a_missing_switch_is_rejected_by_validate()
    {
        var off = CliRun.Of("lint", Payload.Write("""{"BlockPublicAccessConfiguration": {"BlockPublicSecurityGroupRules": false}}"""));
        var missing = CliRun.Of("validate", Payload.Write("""{"BlockPublicAccessConfiguration": {"PermittedPublicSecurityGroupRuleRanges": [{"MinRange": 22}]}}"""));

        Assert.Contains("EMR063 warning: BlockPublicSecurityGroupRules is false", off.Output);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("BlockPublicSecurityGroupRules", missing.Output);
    }
}
