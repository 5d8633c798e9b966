using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes;

namespace EmrDsl.Analyzers.Tests;

/// <summary>
/// The security configuration rules (EMR040...) run on [EmrSecurityConfiguration] definitions and on the configuration
/// authored with an [EmrCluster], and are reported at the DSL call that wrote the part they are about.
/// </summary>
public sealed class SecurityConfigurationRuleTests
{
    private const string Key = "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012";

    [Fact]
    public Task SSE_S3_is_reported_at_the_S3_encryption_call() => Verify.AnalyzerAsync($$"""
        using EmrDsl;

        public static partial class Security
        {
            [EmrSecurityConfiguration]
            public static SecurityConfiguration Baseline => SecurityConfiguration.Create("baseline")
                {|EMR043:.EncryptS3AtRest(S3Encryption.SseS3())|}
                .EncryptLocalDisk(LocalDiskEncryption.Kms("{{Key}}").WithEbsEncryption())
                .EncryptInTransit(Tls.EmrManaged())
                .InstanceMetadataService(2);
        }
        """, "EMR040", "EMR041", "EMR042", "EMR043", "EMR046");

    [Fact]
    public Task Local_disks_without_EBS_encryption_are_reported_at_the_local_disk_call() => Verify.AnalyzerAsync($$"""
        using EmrDsl;

        public static partial class Security
        {
            [EmrSecurityConfiguration]
            public static SecurityConfiguration Baseline => SecurityConfiguration.Create("baseline")
                .EncryptS3AtRest(S3Encryption.SseKms("{{Key}}"))
                {|EMR042:.EncryptLocalDisk(LocalDiskEncryption.Kms("{{Key}}"))|}
                .EncryptInTransit(Tls.EmrManaged())
                .InstanceMetadataService(2);
        }
        """, "EMR040", "EMR041", "EMR042", "EMR043", "EMR046");

    [Fact]
    public Task IMDSv1_is_reported_at_the_metadata_call() => Verify.AnalyzerAsync($$"""
        using EmrDsl;

        public static partial class Security
        {
            [EmrSecurityConfiguration]
            public static SecurityConfiguration Baseline => SecurityConfiguration.Create("baseline")
                .EncryptS3AtRest(S3Encryption.SseKms("{{Key}}"))
                {|EMR046:.InstanceMetadataService(1)|};
        }
        """, "EMR046");

    [Fact]
    public Task What_is_missing_is_reported_at_the_definition() => Verify.AnalyzerAsync($$"""
        using EmrDsl;

        public static partial class Security
        {
            [EmrSecurityConfiguration]
            public static SecurityConfiguration {|EMR040:{|EMR041:{|EMR046:Baseline|}|}|} => SecurityConfiguration.Create("baseline")
                .Kerberos(KerberosConfiguration.ClusterDedicatedKdc(24));
        }
        """, "EMR040", "EMR041", "EMR046");

    [Fact]
    public Task A_complete_configuration_has_no_findings() => Verify.AnalyzerAsync($$"""
        using EmrDsl;

        public static partial class Security
        {
            [EmrSecurityConfiguration]
            public static SecurityConfiguration Baseline => SecurityConfiguration.Create("baseline")
                .EncryptS3AtRest(S3Encryption.SseKms("{{Key}}"))
                .EncryptLocalDisk(LocalDiskEncryption.Kms("{{Key}}").WithEbsEncryption())
                .EncryptInTransit(Tls.PemFromS3("s3://acme-security/certs.zip"))
                .InstanceMetadataService(2);
        }
        """, "EMR040", "EMR041", "EMR042", "EMR043", "EMR044", "EMR045", "EMR046", "EMR047", "EMR048");

    [Fact]
    public Task A_configuration_authored_with_a_cluster_is_reported_at_its_call_inside_the_cluster() => Verify.AnalyzerAsync($$"""
        using EmrDsl;

        public static partial class Pipelines
        {
            [EmrCluster]
            public static Cluster Nightly => Cluster.Create("nightly")
                .Release(EmrRelease.Emr_7_2_0)
                .SecurityConfiguration(SecurityConfiguration.Create("nightly-security")
                    {|EMR043:.EncryptS3AtRest(S3Encryption.SseS3())|}
                    .EncryptLocalDisk(LocalDiskEncryption.Kms("{{Key}}").WithEbsEncryption())
                    .EncryptInTransit(Tls.EmrManaged())
                    {|EMR046:.InstanceMetadataService(1)|});
        }
        """, "EMR043", "EMR046");

    [Fact]
    public Task A_configuration_in_a_helper_is_reported_at_its_call_in_the_helper() => Verify.AnalyzerAsync($$"""
        using EmrDsl;

        public static partial class Pipelines
        {
            private static SecurityConfiguration Encryption => SecurityConfiguration.Create("nightly-security")
                {|EMR043:.EncryptS3AtRest(S3Encryption.SseS3())|}
                .EncryptLocalDisk(LocalDiskEncryption.Kms("{{Key}}").WithEbsEncryption())
                .EncryptInTransit(Tls.EmrManaged())
                .InstanceMetadataService(2);

            [EmrCluster]
            public static Cluster Nightly => Cluster.Create("nightly")
                .Release(EmrRelease.Emr_7_2_0)
                .SecurityConfiguration(Encryption);
        }
        """, "EMR043", "EMR046");

    [Fact]
    public Task A_cluster_that_only_names_its_configuration_has_no_document_findings() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static partial class Pipelines
        {
            [EmrCluster]
            public static Cluster Nightly => Cluster.Create("nightly")
                .Release(EmrRelease.Emr_7_2_0)
                .SecurityConfiguration("team-encrypted");
        }
        """, "EMR040", "EMR041", "EMR042", "EMR043", "EMR044", "EMR045", "EMR046", "EMR047", "EMR048");

    [Fact]
    public Task Fix_requires_IMDSv2() => Verify.CodeFixAsync<ImdsV1Fixer>($$"""
        using EmrDsl;

        public static partial class Security
        {
            [EmrSecurityConfiguration]
            public static SecurityConfiguration Baseline => SecurityConfiguration.Create("baseline")
                .EncryptS3AtRest(S3Encryption.SseKms("{{Key}}"))
                {|EMR046:.InstanceMetadataService(1, httpPutResponseHopLimit: 2)|}; // hop limit for containers
        }
        """, $$"""
        using EmrDsl;

        public static partial class Security
        {
            [EmrSecurityConfiguration]
            public static SecurityConfiguration Baseline => SecurityConfiguration.Create("baseline")
                .EncryptS3AtRest(S3Encryption.SseKms("{{Key}}"))
                .InstanceMetadataService(2, httpPutResponseHopLimit: 2); // hop limit for containers
        }
        """, "EMR046");

    [Fact]
    public Task Fix_encrypts_EBS_volumes_with_the_local_disk_key() => Verify.CodeFixAsync<EbsEncryptionFixer>($$"""
        using EmrDsl;

        public static partial class Pipelines
        {
            [EmrCluster]
            public static Cluster Nightly => Cluster.Create("nightly")
                .SecurityConfiguration(SecurityConfiguration.Create("nightly-security")
                    .EncryptS3AtRest(S3Encryption.SseKms("{{Key}}"))
                    {|EMR042:.EncryptLocalDisk(LocalDiskEncryption.Kms("{{Key}}"))|}); // the data key
        }
        """, $$"""
        using EmrDsl;

        public static partial class Pipelines
        {
            [EmrCluster]
            public static Cluster Nightly => Cluster.Create("nightly")
                .SecurityConfiguration(SecurityConfiguration.Create("nightly-security")
                    .EncryptS3AtRest(S3Encryption.SseKms("{{Key}}"))
                    .EncryptLocalDisk(LocalDiskEncryption.Kms("{{Key}}").WithEbsEncryption())); // the data key
        }
        """, "EMR042");

    [Fact]
    public Task A_custom_local_disk_provider_is_reported_at_its_call() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static partial class Security
        {
            [EmrSecurityConfiguration]
            public static SecurityConfiguration Baseline => SecurityConfiguration.Create("baseline")
                {|EMR042:.EncryptLocalDisk(LocalDiskEncryption.Custom("s3://acme-security/keys.jar", "com.acme.Keys"))|};
        }
        """, "EMR042");

    [Fact]
    public Task A_runtime_role_without_runtime_roles_enabled_is_reported_at_the_role_call() => Verify.AnalyzerAsync($$"""
        using EmrDsl;

        public static partial class Pipelines
        {
            [EmrCluster]
            public static Cluster Nightly => Cluster.Create("nightly")
                .SecurityConfiguration(SecurityConfiguration.Create("nightly-security").EncryptS3AtRest(S3Encryption.SseKms("{{Key}}")))
                {|EMR049:.StepExecutionRole("arn:aws:iam::123456789012:role/AnalystStepRole")|};

            [EmrCluster]
            public static Cluster Governed => Cluster.Create("governed")
                .SecurityConfiguration(SecurityConfiguration.Create("governed-security").RuntimeRoles().LakeFormation())
                .StepExecutionRole("arn:aws:iam::123456789012:role/AnalystStepRole");
        }
        """, "EMR049", "EMR060", "EMR061", "EMR062");

    [Fact]
    public Task Block_public_access_is_reported_at_the_switch_and_at_each_range_beyond_SSH() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static partial class Account
        {
            [EmrBlockPublicAccess]
            public static BlockPublicAccess Open => {|EMR063:BlockPublicAccess.Off()|};

            [EmrBlockPublicAccess]
            public static BlockPublicAccess Rdp => BlockPublicAccess.On()
                .Permit(22)
                {|EMR064:.Permit(3389)|};
        }
        """, "EMR063", "EMR064");
}
