namespace EmrDsl.Rules;

/// <summary>Every rule id in one place; ids are never reused.</summary>
public static class RuleIds
{
    public const string SpotCoreNodes = "EMR001";
    public const string MissingLogUri = "EMR002";
    public const string UnencryptedSecurityConfiguration = "EMR003";
    public const string MissingSecurityConfiguration = "EMR004";
    public const string SkewProneSparkSettings = "EMR005";
    public const string SpotMasterNode = "EMR006";
    public const string KeptAliveWithoutAutoTermination = "EMR007";
    public const string ActionOnFailureLifetime = "EMR008";
    public const string UnsupportedReleaseOrInstanceType = "EMR009";
    public const string RejectedByApi = "EMR010";
    public const string HardCodedCredential = "EMR011";
    public const string ManagedScalingLimits = "EMR012";
    public const string SpotFleetProvisioning = "EMR013";
    public const string KerberosNotEnabled = "EMR014";
    public const string NoSubnet = "EMR015";
    public const string LiteralSecret = "EMR016";

    // Scaling rules: custom automatic scaling policies and managed scaling.
    public const string ScalingAgainstMetric = "EMR020";
    public const string OneWayScalingPolicy = "EMR021";
    public const string ScalingConstraintsUnmet = "EMR022";
    public const string ScalingRulesFight = "EMR023";
    public const string AutoScalingPolicyNotAllowed = "EMR024";
    public const string AutoScalingWithoutRole = "EMR025";
    public const string ManagedScalingUnsupported = "EMR026";
    public const string ManagedAndCustomScaling = "EMR027";
    public const string ManagedScalingWithoutSpot = "EMR028";

    // Step Functions rules: what a state machine written from the definition cannot run (RuleContext.StepFunctions).
    public const string TerminationProtectedStateMachine = "EMR030";
    public const string SecretNotFromStateData = "EMR031";

    // Security configuration document rules.
    public const string AtRestEncryptionOff = "EMR040";
    public const string InTransitEncryptionOff = "EMR041";
    public const string LocalDiskOrEbsUnencrypted = "EMR042";
    public const string S3WithoutCustomerKey = "EMR043";
    public const string KeyProviderIncomplete = "EMR044";
    public const string TlsProviderIncomplete = "EMR045";
    public const string Imdsv1Allowed = "EMR046";
    public const string SecurityConfigurationRejected = "EMR047";
    public const string SecurityConfigurationMemberNotChecked = "EMR048";

    // A cluster's runtime role and the security configuration that must allow it.
    public const string RuntimeRolesNotEnabled = "EMR049";

    // Security configuration document rules: authorization and authentication sections.
    public const string LakeFormationWithoutRuntimeRoles = "EMR060";
    public const string LakeFormationSessionTag = "EMR061";
    public const string IdentityCenterIncomplete = "EMR062";

    // The account's block public access setting (PutBlockPublicAccessConfiguration).
    public const string BlockPublicAccessOff = "EMR063";
    public const string PublicPortsBeyondSsh = "EMR064";

    // EMR Serverless rules.
    public const string NoMaximumCapacity = "EMR101";
    public const string InitialAboveMaximumCapacity = "EMR102";
    public const string ServerlessSparkSizing = "EMR103";
    public const string ServerlessAutoStop = "EMR104";
    public const string NoExecutionTimeout = "EMR105";
    public const string StreamingWithoutRetry = "EMR106";
    public const string ServerlessLogsNotPersisted = "EMR107";

    // EMR on EKS rules (job runs; EMR011 also checks their arguments and configuration).
    public const string EksReleaseLabel = "EMR050";
    public const string PodLogsNotPersisted = "EMR051";
    public const string SparkPodSizing = "EMR052";
    public const string EksStreamingWithoutRetry = "EMR053";
}
