using System.Linq;

namespace EmrDsl.Generators.Tests;

public sealed class SecretDefinitionTests
{
    private const string Kerberized = """
        using EmrDsl;

        namespace Acme.Secure;

        public static partial class Clusters
        {
            private static readonly Secret TrustPassword = Secret.AirflowConnection("ad_trust");

            [EmrCluster]
            public static Cluster Kerberized => Cluster.Create("kerberized")
                .Release(EmrRelease.Emr_7_2_0)
                .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
                .Master(InstanceTypes.M5.XLarge)
                .SecurityConfiguration("kerberos")
                .Kerberos("EC2.INTERNAL", Secret.TerraformVariable("kdc_admin_password"), TrustPassword, "joiner", Secret.SecretsManager("emr/ad-join", jsonKey: "password"));
        }
        """;

    [Fact]
    public void Secret_factories_are_evaluated_at_build_time_as_at_run_time()
    {
        var outcome = GeneratorHarness.Run(Kerberized);
        Assert.Empty(outcome.Diagnostics);

        using var runtime = RuntimeLoader.Load(outcome.Output);
        var cluster = (Cluster)runtime.Get("Acme.Secure.Clusters", "Kerberized")!;
        const string artifacts = "Acme.Secure.Clusters+KerberizedArtifacts";
        Assert.Equal(cluster.ToRunJobFlowJson(), runtime.Constant(artifacts, "RunJobFlowJson"));
        Assert.Equal(cluster.ToTerraformJson(), runtime.Constant(artifacts, "TerraformJson"));
        Assert.Contains("\"KdcAdminPassword\": \"${var.kdc_admin_password}\"", runtime.Constant(artifacts, "RunJobFlowJson"));
        Assert.Contains("\"CrossRealmTrustPrincipalPassword\": \"{{ conn.ad_trust.password }}\"", runtime.Constant(artifacts, "RunJobFlowJson"));
    }

    [Fact]
    public void A_literal_password_writes_no_artifacts_and_says_which_member()
    {
        var outcome = GeneratorHarness.Run(Kerberized.Replace("Secret.TerraformVariable(\"kdc_admin_password\"), TrustPassword, \"joiner\", Secret.SecretsManager(\"emr/ad-join\", jsonKey: \"password\")", "\"hunter2\""));

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Contains("KerberosAttributes.KdcAdminPassword holds a literal secret", diagnostic.GetMessage());
        Assert.DoesNotContain("hunter2", diagnostic.GetMessage());
        Assert.DoesNotContain(outcome.Output.SyntaxTrees, tree => tree.ToString().Contains("hunter2") && tree.FilePath.EndsWith(".EmrArtifacts.g.cs", System.StringComparison.Ordinal));
    }
}
