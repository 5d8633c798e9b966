using EmrDsl.Emit.Terraform;
using Xunit;

namespace EmrDsl.Tests.Terraform;

public sealed class TerraformNameTests
{
    [Theory]
    [InlineData("etl-daily-2026-04-25", "etl_daily_2026_04_25")]
    [InlineData("Development Cluster", "development_cluster")]
    [InlineData("  spark -- nightly!! ", "spark_nightly")]
    [InlineData("2026 backfill", "cluster_2026_backfill")]
    [InlineData("données été", "donn_es_t")]
    [InlineData("---", "cluster")]
    [InlineData("_already_ok", "already_ok")]
    public void Cluster_names_become_snake_case_identifiers(string clusterName, string expected)
    {
        var name = TerraformName.FromClusterName(clusterName);

        Assert.Equal(expected, name);
        Assert.True(TerraformName.IsValid(name));
    }

    [Theory]
    [InlineData("etl", true)]
    [InlineData("_etl-2", true)]
    [InlineData("Etl", true)]
    [InlineData("2etl", false)]
    [InlineData("-etl", false)]
    [InlineData("etl.daily", false)]
    [InlineData("", false)]
    public void Identifier_rule_matches_terraform(string name, bool valid) => Assert.Equal(valid, TerraformName.IsValid(name));
}
