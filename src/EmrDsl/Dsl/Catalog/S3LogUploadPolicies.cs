namespace EmrDsl;

/// <summary>Where EMR uploads one type of log, for <see cref="Cluster.S3LogUpload"/>.</summary>
public static class S3LogUploadPolicies
{
    /// <summary>The standard behavior: to the cluster's <c>LogUri</c>, with some logs also kept by the service for support.</summary>
    public const string EmrManaged = "emr-managed";

    /// <summary>Only to the cluster's own <c>LogUri</c> (which must be set); not for <see cref="S3LogTypes.PersistentUiLogs"/>.</summary>
    public const string OnCustomerS3Only = "on-customer-s3only";

    /// <summary>Not uploaded at all.</summary>
    public const string Disabled = "disabled";

    /// <summary>Why <see cref="OnCustomerS3Only"/> is refused for <see cref="S3LogTypes.PersistentUiLogs"/> (RunJobFlow), said by the DSL and by EMR010.</summary>
    internal const string PersistentUiLogsNotBucketOnly =
        $"Persistent UI logs cannot be uploaded only to your bucket; EMR accepts {EmrManaged} or {Disabled} for {S3LogTypes.PersistentUiLogs}.";
}
