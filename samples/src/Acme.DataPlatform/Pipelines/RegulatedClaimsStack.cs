using EmrDsl;

namespace Acme.DataPlatform.Pipelines;

/// <summary>
/// The regulated claims cluster deployed by a CloudFormation (or CDK) stack: the build also writes
/// <c>regulated-claims-cfn.cfn.json</c>, a template with the <c>AWS::EMR::Cluster</c> and its authored
/// <c>AWS::EMR::SecurityConfiguration</c>, which the cluster refers to with <c>Ref</c> (docs/cloudformation.md).
/// </summary>
public static partial class RegulatedClaimsStack
{
    [EmrCluster(CloudFormation = true)]
    public static Cluster Cluster => RegulatedClaims.Cluster.Named("regulated-claims-cfn");
}
