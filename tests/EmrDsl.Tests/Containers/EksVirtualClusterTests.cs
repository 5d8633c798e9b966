using System;
using EmrDsl.Containers;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Containers;

/// <summary>EMR on EKS CreateVirtualCluster payloads built with the DSL, each checked against the emr-containers service model.</summary>
public sealed class EksVirtualClusterTests
{
    internal static readonly EksVirtualCluster Analytics = EksVirtualCluster.Create("analytics-team-a", "analytics-prod", "emr-data-team-a")
        .SecurityConfiguration("k3b1x7q9r2mzv0c8d4h6n5p1a")
        .Tag("team", "a");

    [Fact]
    public void Virtual_cluster_with_every_setting()
    {
        var json = Analytics.ToCreateVirtualClusterJson();

        PayloadAssert.Matches(json, PayloadKind.EksCreateVirtualCluster, "EksVirtualCluster.approved.json");
        Assert.DoesNotContain("clientToken", json);
    }

    [Fact]
    public void A_bare_virtual_cluster_is_valid()
    {
        PayloadOracle.AssertValid(EksVirtualCluster.Create("adhoc", "dev", "default").ToCreateVirtualClusterJson(), PayloadKind.EksCreateVirtualCluster);
    }

    [Theory]
    [InlineData("a b", "dev", "default", "name")]
    [InlineData("adhoc", "-dev", "default", "eksClusterName")]
    [InlineData("adhoc", "dev", "Team_A", "namespace")]
    public void Names_the_API_rejects_are_refused_at_the_call(string name, string eksCluster, string @namespace, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => EksVirtualCluster.Create(name, eksCluster, @namespace));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void A_security_configuration_id_is_what_the_API_returns()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Analytics.SecurityConfiguration("my-secconf"));

        Assert.Equal("securityConfigurationId", error.ParamName);
    }
}
