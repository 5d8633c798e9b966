using EmrDsl;

namespace Acme.DataPlatform.Pipelines;

/// <summary>
/// Claims data is regulated: encrypted at rest in S3 and on local disks with the data key, in transit with the
/// team's certificates. The security configuration is authored here and written as its own artifact
/// (regulated-claims.securityconfiguration.json) for CreateSecurityConfiguration or Terraform.
/// </summary>
public static partial class RegulatedClaims
{
    private static SecurityConfiguration Encryption => SecurityConfiguration.Create("claims-encryption")
        .EncryptS3AtRest(S3Encryption.SseKms(Accounts.DataKmsKey))
        .EncryptLocalDisk(LocalDiskEncryption.Kms(Accounts.DataKmsKey).WithEbsEncryption())
        .EncryptInTransit(Tls.PemFromS3("s3://acme-security/certs/emr-certs.zip"))
        .InstanceMetadataService(2);

    [EmrCluster]
    public static Cluster Cluster => EmrDsl.Cluster.Create("regulated-claims")
        .Release(EmrRelease.Emr_7_2_0)
        .Applications(EmrApplication.Spark)
        .LogUri(Accounts.LogUri)
        .Roles(service: Accounts.ServiceRole, instanceProfile: Accounts.InstanceProfile)
        .Subnet(Accounts.PrivateSubnetB)
        .SecurityConfiguration(Encryption)
        .Master(InstanceTypes.M6g.XLarge)
        .Core(InstanceTypes.R6g.X2Large, count: 3)
        .Step(Step.SparkSubmit("Score claims", $"{Accounts.JobsBucket}/claims/score.py")
            .DeployMode(DeployMode.Cluster)
            .OnFailure(ActionOnFailure.TerminateCluster))
        .TerminateAfterSteps()
        .Tag("DataClassification", "restricted");
}
