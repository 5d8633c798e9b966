using EmrDsl.Emit.CloudFormation;

namespace EmrDsl;

public sealed partial class Cluster
{
    /// <summary>
    /// The cluster as a CloudFormation template (<c>.cfn.json</c>): an <c>AWS::EMR::Cluster</c>, task capacity as
    /// <c>AWS::EMR::InstanceGroupConfig</c>/<c>InstanceFleetConfig</c>, and an <c>AWS::EMR::SecurityConfiguration</c> when
    /// the cluster carries an authored one; secrets are <c>NoEcho</c> parameters. Throws
    /// <see cref="EmrDsl.Emit.UnrepresentableException"/> with the request path for what CloudFormation cannot express;
    /// see docs/cloudformation.md.
    /// </summary>
    public string ToCloudFormationJson(CloudFormationOptions? options = null)
    {
        options ??= CloudFormationOptions.Default;
        if (options.SecurityConfigurationJson is null && SecurityConfigurationDocument is not null)
        {
            options = options with { SecurityConfigurationJson = ToSecurityConfigurationJson() };
        }

        return CloudFormationJson.Write(Spec, options);
    }
}
