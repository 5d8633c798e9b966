using System.Collections.Generic;
using EmrDsl.Json;

namespace EmrDsl.Emit.Terraform;

/// <summary>The <c>{"resource": {TYPE: {NAME: body}}}</c> document; types and names in ordinal order.</summary>
internal sealed class TerraformDocument
{
    public const string Cluster = "aws_emr_cluster";
    public const string InstanceGroup = "aws_emr_instance_group";
    public const string InstanceFleet = "aws_emr_instance_fleet";
    public const string ManagedScalingPolicy = "aws_emr_managed_scaling_policy";
    public const string SecurityConfiguration = "aws_emr_security_configuration";

    private readonly SortedDictionary<string, SortedDictionary<string, TerraformBody>> _resources = new(System.StringComparer.Ordinal);

    public void Add(string type, string name, TerraformBody body)
    {
        if (!_resources.TryGetValue(type, out var named))
        {
            named = new SortedDictionary<string, TerraformBody>(System.StringComparer.Ordinal);
            _resources.Add(type, named);
        }

        named.Add(name, body);
    }

    public JsonObject ToJson()
    {
        var types = new JsonObject();
        foreach (var type in _resources)
        {
            var named = new JsonObject();
            foreach (var resource in type.Value)
            {
                named.Add(resource.Key, resource.Value.ToJson());
            }

            types.Add(type.Key, named);
        }

        return new JsonObject().Add("resource", types);
    }
}
