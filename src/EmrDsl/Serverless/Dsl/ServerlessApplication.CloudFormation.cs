using EmrDsl.Emit.CloudFormation;
using EmrDsl.Serverless.Emit.CloudFormation;

namespace EmrDsl.Serverless;

public sealed partial class ServerlessApplication
{
    /// <summary>
    /// The application as a CloudFormation template (<c>.cfn.json</c>) with an <c>AWS::EMRServerless::Application</c>;
    /// throws <see cref="EmrDsl.Emit.UnrepresentableException"/> for what the resource type cannot express.
    /// </summary>
    public string ToCloudFormationJson(CloudFormationOptions? options = null) => ServerlessCloudFormationJson.Write(Spec, options);
}
