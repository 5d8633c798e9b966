using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes;

namespace EmrDsl.Analyzers.Tests;

public sealed class LiteralSecretTests
{
    private const string Id = "EMR016";

    [Fact]
    public Task Literal_passwords_are_reported_at_the_Kerberos_call() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Secure => Cluster.Create("secure")
                .Master("m5.xlarge")
                {|EMR016:{|EMR016:.Kerberos("EC2.INTERNAL", "change-me", adDomainJoinUser: "joiner", adDomainJoinPassword: "join-me")|}|};
        }
        """, Id);

    [Fact]
    public Task Secrets_are_not_reported() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Secure => Cluster.Create("secure")
                .Master("m5.xlarge")
                .Kerberos("EC2.INTERNAL", Secret.StepFunctionsPath("$.secrets.kdc"), adDomainJoinPassword: Secret.SsmParameter("/emr/join"));
        }
        """, Id);

    [Fact]
    public Task Fix_reads_every_password_of_the_call_from_a_Terraform_variable() => Verify.CodeFixAsync<LiteralSecretFixer>("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Secure => Cluster.Create("secure")
                .Master("m5.xlarge")
                {|EMR016:{|EMR016:.Kerberos("EC2.INTERNAL", "change-me", adDomainJoinUser: "joiner", adDomainJoinPassword: "join-me")|}|};
        }
        """, """
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Secure => Cluster.Create("secure")
                .Master("m5.xlarge")
                .Kerberos("EC2.INTERNAL", Secret.TerraformVariable("kdc_admin_password"), adDomainJoinUser: "joiner", adDomainJoinPassword: Secret.TerraformVariable("ad_domain_join_password"));
        }
        """, Id);
}
