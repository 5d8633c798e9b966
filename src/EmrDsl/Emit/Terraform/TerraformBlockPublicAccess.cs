using System;
using System.Linq;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Emit.Terraform;

/// <summary>
/// The block public access setting as an <c>aws_emr_block_public_access_configuration</c> resource: the switch, and one
/// <c>permitted_public_security_group_rule_range</c> block per range (both bounds, as the provider requires them).
/// </summary>
public static class TerraformBlockPublicAccess
{
    public const string ResourceType = "aws_emr_block_public_access_configuration";

    internal static JsonObject ToJson(BlockPublicAccessConfigurationSpec configuration, string resourceName)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        if (!TerraformName.IsValid(resourceName))
        {
            throw new ArgumentException($"The resource name '{resourceName}' is not a Terraform identifier. Use letters, digits, '_' and '-', starting with a letter or '_', such as this.", nameof(resourceName));
        }

        var resource = new TerraformBody()
            .Bool("block_public_security_group_rules", Unrepresentable.Require(configuration.BlockPublicSecurityGroupRules, "BlockPublicSecurityGroupRules", "set it with BlockPublicAccess.On() or Off()."))
            .Blocks("permitted_public_security_group_rule_range", configuration.PermittedPublicSecurityGroupRuleRanges
                .Select(range => new TerraformBody().Number("max_range", (long?)range.Highest).Number("min_range", (long?)range.MinRange))
                .ToList());
        var document = new TerraformDocument();
        document.Add(ResourceType, resourceName, resource);
        return document.ToJson();
    }
}
