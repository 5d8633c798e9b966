using EmrDsl;

namespace Acme.DataPlatform.Pipelines;

/// <summary>
/// The shared warehouse authenticates users with Kerberos: a cluster-dedicated KDC that trusts the corporate Active
/// Directory realm. Its passwords are never in the repository or the artifacts: Terraform reads the KDC admin password
/// from a sensitive variable (TF_VAR_secure_warehouse_kdc_admin_password, set by CI from the vault), and the Airflow DAG
/// that creates the cluster from the RunJobFlow JSON renders the trust password from an Airflow Variable.
/// </summary>
public static partial class SecureWarehouse
{
    private static SecurityConfiguration Kerberized => SecurityConfiguration.Create("secure-warehouse")
        .EncryptS3AtRest(S3Encryption.SseKms(Accounts.DataKmsKey))
        .EncryptLocalDisk(LocalDiskEncryption.Kms(Accounts.DataKmsKey).WithEbsEncryption())
        .EncryptInTransit(Tls.PemFromS3("s3://acme-security/certs/emr-certs.zip"))
        .Kerberos(KerberosConfiguration.ClusterDedicatedKdc(ticketLifetimeInHours: 10)
            .CrossRealmTrust("CORP.ACME.COM", "corp.acme.com", "dc1.corp.acme.com", "dc1.corp.acme.com"))
        .InstanceMetadataService(2);

    [EmrCluster]
    public static Cluster Cluster => EmrDsl.Cluster.Create("secure-warehouse")
        .Release(EmrRelease.Emr_7_2_0)
        .Applications(EmrApplication.Hadoop, EmrApplication.Hive, EmrApplication.Spark)
        .LogUri(Accounts.LogUri)
        .Roles(service: Accounts.ServiceRole, instanceProfile: Accounts.InstanceProfile)
        .Subnet(Accounts.PrivateSubnetA)
        .SecurityConfiguration(Kerberized)
        .Kerberos(
            "EC2.INTERNAL",
            Secret.TerraformVariable("secure_warehouse_kdc_admin_password"),
            crossRealmTrustPrincipalPassword: Secret.AirflowVariable("secure_warehouse_cross_realm_password"))
        .Master(InstanceTypes.M6g.XLarge)
        .Core(InstanceTypes.R6g.X2Large, count: 3)
        .Step(Step.Hive("Refresh warehouse tables", $"{Accounts.JobsBucket}/warehouse/refresh.q")
            .OnFailure(ActionOnFailure.TerminateCluster))
        .TerminateAfterSteps()
        .Tag("DataClassification", "internal");
}
