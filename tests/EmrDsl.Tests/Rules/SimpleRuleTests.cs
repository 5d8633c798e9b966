using EmrDsl.Model;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules;

public sealed class MissingLogUriRuleTests
{
    private readonly MissingLogUriRule _rule = new();

    [Fact]
    public void Missing_log_uri_suggests_the_configured_default()
    {
        var finding = Single(_rule, Clean() with { LogUri = null }, "LogUri", RuleContext.Default with { DefaultLogUri = "s3://team-logs/emr/" });
        Assert.Contains("s3://team-logs/emr/", finding.Message);
    }

    [Fact]
    public void Blank_log_uri_counts_as_missing_but_a_set_one_does_not()
    {
        Single(_rule, Clean() with { LogUri = " " }, "LogUri");
        Assert.Empty(Findings(_rule, Clean()));
    }
}

public sealed class MissingSecurityConfigurationRuleTests
{
    private readonly MissingSecurityConfigurationRule _rule = new();

    [Fact]
    public void Missing_security_configuration_is_info()
    {
        var finding = Single(_rule, Clean() with { SecurityConfiguration = null }, "SecurityConfiguration");
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Empty(Findings(_rule, Clean()));
    }
}

public sealed class KeptAliveWithoutAutoTerminationRuleTests
{
    private readonly KeptAliveWithoutAutoTerminationRule _rule = new();

    [Fact]
    public void Kept_alive_with_no_steps_and_no_policy_is_reported()
    {
        var finding = Single(_rule, Clean().KeptAlive() with { Steps = default }, "Instances.KeepJobFlowAliveWhenNoSteps");
        Assert.Contains("IdleTimeout", finding.Message);
    }

    [Fact]
    public void Idle_timeout_above_the_configured_maximum_is_reported()
    {
        var spec = Clean().KeptAlive() with { Steps = default, AutoTerminationPolicy = new AutoTerminationSpec { IdleTimeout = 7200 } };
        Assert.Contains("3600", Single(_rule, spec, "AutoTerminationPolicy.IdleTimeout", RuleContext.Default with { MaxIdleTimeoutSeconds = 3600 }).Message);
        Assert.Empty(Findings(_rule, spec));
    }

    [Fact]
    public void Transient_or_busy_clusters_are_fine()
    {
        Assert.Empty(Findings(_rule, Clean() with { Steps = default }));
        Assert.Empty(Findings(_rule, Clean().KeptAlive()));
    }
}

public sealed class ActionOnFailureLifetimeRuleTests
{
    private readonly ActionOnFailureLifetimeRule _rule = new();

    [Theory]
    [InlineData(ActionOnFailure.TerminateCluster)]
    [InlineData(ActionOnFailure.TerminateJobFlow)]
    public void Terminating_step_on_kept_alive_cluster_is_reported(ActionOnFailure action)
    {
        var spec = Clean().KeptAlive() with { Steps = new[] { Step("a"), Step("b", action) }.ToEquatableArray() };
        Assert.Contains("'b'", Single(_rule, spec, "Steps[1].ActionOnFailure").Message);
    }

    [Fact]
    public void Continue_on_transient_cluster_is_reported_but_cancel_and_wait_is_not()
    {
        Assert.Contains("TERMINATE_CLUSTER", Single(_rule, Clean() with { Steps = new[] { Step("a", ActionOnFailure.Continue) }.ToEquatableArray() }, "Steps[0].ActionOnFailure").Message);
        Assert.Empty(Findings(_rule, Clean() with { Steps = new[] { Step("a", ActionOnFailure.CancelAndWait) }.ToEquatableArray() }));
        Assert.Empty(Findings(_rule, Clean().KeptAlive() with { Steps = new[] { Step("a", ActionOnFailure.Continue) }.ToEquatableArray() }));
    }
}

public sealed class NoSubnetRuleTests
{
    private readonly NoSubnetRule _rule = new();

    [Fact]
    public void Groups_without_subnet_point_at_ec2_subnet_id()
    {
        var spec = Clean() with { Instances = Clean().Instances! with { Ec2SubnetId = null } };
        Assert.Contains("public IP", Single(_rule, spec, "Instances.Ec2SubnetId").Message);
    }

    [Fact]
    public void Fleets_without_subnet_point_at_ec2_subnet_ids()
    {
        var spec = Clean().WithFleets(Fleet(InstanceFleetType.Master, onDemand: 1));
        Assert.Empty(Findings(_rule, spec));
        Single(_rule, spec with { Instances = spec.Instances! with { Ec2SubnetIds = default } }, "Instances.Ec2SubnetIds");
    }
}

public sealed class KerberosNotEnabledRuleTests
{
    private readonly KerberosNotEnabledRule _rule = new();

    [Fact]
    public void No_kerberos_is_info()
    {
        var finding = Single(_rule, Clean() with { KerberosAttributes = null }, "KerberosAttributes");
        Assert.Equal(FindingSeverity.Info, finding.Severity);
    }

    [Fact]
    public void Kerberos_attributes_without_security_configuration_are_reported()
    {
        Assert.Contains("SecurityConfiguration", Single(_rule, Clean() with { SecurityConfiguration = null }, "KerberosAttributes").Message);
    }

    [Fact]
    public void Authored_security_configuration_is_cross_checked()
    {
        var without = RuleContext.Default with { SecurityConfiguration = SecurityConfiguration.Create("encrypted").EncryptS3AtRest(S3Encryption.SseS3()).Spec };
        var with = RuleContext.Default with { SecurityConfiguration = SecurityConfiguration.Create("encrypted").Kerberos(KerberosConfiguration.ClusterDedicatedKdc(24)).Spec };
        Single(_rule, Clean(), "SecurityConfiguration", without);
        Assert.Empty(Findings(_rule, Clean(), with));
        Assert.Contains("no KerberosAttributes", Single(_rule, Clean() with { KerberosAttributes = null }, "KerberosAttributes", with).Message);
    }
}
