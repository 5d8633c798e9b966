using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Emit.CloudFormation;

/// <summary>
/// Secrets in a template: every secret of the request (the secret members and password configuration properties) is
/// read from a <c>String</c> parameter with <c>"NoEcho": true</c> and no default, referenced with <c>{"Ref": NAME}</c>, so
/// neither the template nor the stack's events show the value. The parameter is the resource's logical id followed by
/// the secret's name in PascalCase (<c>NightlyClusterKdcAdminPassword</c>); its description says where the RunJobFlow
/// request reads the same secret, so the deploying pipeline fills both from one place.
/// </summary>
internal sealed class CloudFormationSecrets
{
    public static readonly CloudFormationSecrets None = new(new Dictionary<string, SecretValue>(), string.Empty, string.Empty, new CloudFormationTemplate());

    private readonly Dictionary<string, SecretValue> _byPath;
    private readonly string _prefix;
    private readonly string _owner;
    private readonly CloudFormationTemplate _template;

    private CloudFormationSecrets(Dictionary<string, SecretValue> byPath, string prefix, string owner, CloudFormationTemplate template)
    {
        _byPath = byPath;
        _prefix = prefix;
        _owner = owner;
        _template = template;
    }

    /// <summary>The secrets of <paramref name="spec"/>, declared in <paramref name="template"/> as they are met.</summary>
    public static CloudFormationSecrets Of(ClusterSpec spec, string logicalId, CloudFormationTemplate template)
    {
        var byPath = new Dictionary<string, SecretValue>(System.StringComparer.Ordinal);
        foreach (var secret in SecretValue.In(spec))
        {
            byPath[secret.Path] = secret;
        }

        return new CloudFormationSecrets(byPath, logicalId, $"the EMR cluster '{spec.Name}'", template);
    }

    /// <summary>The value to write for the request text at <paramref name="path"/>: a <c>Ref</c> to its parameter when it is a secret.</summary>
    public JsonValue Resolve(string path, JsonString text)
    {
        if (!_byPath.TryGetValue(path, out var secret))
        {
            return text;
        }

        var reference = SecretReference.Parse(secret.Text)
            ?? throw new LiteralSecretException(path, $"{path} holds a literal secret; pass a Secret (for example Secret.SecretsManager(...)).");
        var name = _prefix + CloudFormationLogicalId.Pascal(secret.TerraformName);
        _template.AddSecretParameter(name, $"{path} of {_owner}; its RunJobFlow request reads it from {reference.Text}.");
        return CloudFormationTemplate.Ref(name);
    }
}
