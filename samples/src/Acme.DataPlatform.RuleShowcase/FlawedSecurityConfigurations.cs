using EmrDsl;
using EmrDsl.Emit.Terraform;

namespace Acme.DataPlatform.RuleShowcase;

/// <summary>
/// Security configurations with the gaps the scanners look for (checkov, trivy, Security Hub EMR.3/EMR.4), each
/// reported at the call that leaves it (docs/rules/EMR040.md ... in the EmrDsl repository). A configuration that
/// EMR would reject outright (EMR044, EMR045, EMR047) cannot be written with the DSL's factories; `emrdsl lint`
/// reports those in documents written by hand.
/// </summary>
public static partial class FlawedSecurityConfigurations
{
    private const string DataKey = "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012";

    /// <summary>A configuration of its own: encrypted, but not well enough.</summary>
    [EmrSecurityConfiguration]
    public static SecurityConfiguration Shared => SecurityConfiguration.Create("flawed-shared")
        .EncryptS3AtRest(S3Encryption.SseS3())                              // EMR043: keys Amazon S3 manages, not a customer KMS key
        .EncryptLocalDisk(LocalDiskEncryption.Kms(DataKey))                 // EMR042: EBS volumes not encrypted (has a fix)
        .EncryptInTransit(Tls.EmrManaged())
        .InstanceMetadataService(1);                                        // EMR046: nodes still answer IMDSv1 (has a fix)

    /// <summary>Kerberos without any encryption: reported at the definition, as nothing in it turns encryption on.</summary>
    [EmrSecurityConfiguration]
    public static SecurityConfiguration KerberosOnly => SecurityConfiguration.Create("flawed-kerberos-only") // EMR040, EMR041: no encryption at all; EMR046: no IMDS settings
        .Kerberos(KerberosConfiguration.ClusterDedicatedKdc(24));

    /// <summary>A cluster's own configuration: its findings land on the calls inside the cluster definition.</summary>
    [EmrCluster(TerraformLeaveOut = TerraformOmissions.StepExecutionRole)]
    public static Cluster Reporting => Cluster.Create("flawed-reporting")
        .Release(EmrRelease.Emr_7_2_0)
        .Applications(EmrApplication.Spark)
        .LogUri("s3://acme-emr-logs/")
        .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
        .Subnet("subnet-0123456789abcdef0")
        .Master(InstanceTypes.M6g.XLarge)
        .Core(InstanceTypes.M6g.X2Large, count: 2)
        .SecurityConfiguration(SecurityConfiguration.Create("flawed-reporting") // EMR003: the cluster's configuration leaves transit unencrypted
            .EncryptS3AtRest(S3Encryption.SseKms(DataKey))                  // EMR041: nothing encrypted in transit (at the call that wrote the encryption section)
            .EncryptLocalDisk(LocalDiskEncryption.Kms(DataKey).WithEbsEncryption())
            .InstanceMetadataService(2))
        .Step(Step.SparkSubmit("report", "s3://acme-jobs/report.py").OnFailure(ActionOnFailure.TerminateCluster))
        .StepExecutionRole("arn:aws:iam::123456789012:role/AnalystStepRole") // EMR049: the configuration does not enable runtime roles (add .RuntimeRoles()); EMRG011: Terraform has no argument for it
        .TerminateAfterSteps();

    /// <summary>The account's block public access setting, with RDP open to the internet.</summary>
    [EmrBlockPublicAccess]
    public static BlockPublicAccess PublicAccess => BlockPublicAccess.On()
        .Permit(22)
        .Permit(3389);                                                      // EMR064: RDP may be opened to the whole internet
}
