using System;
using System.Collections.Generic;
using System.Globalization;
using EmrDsl.Emit.Terraform;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Rules;
using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>
/// The account's EMR block public access setting for a Region (the PutBlockPublicAccessConfiguration request, Terraform's
/// <c>aws_emr_block_public_access_configuration</c>): <c>BlockPublicAccess.On().Permit(22)</c>. A definition of its own,
/// not part of a cluster: it applies to every cluster the account creates. Immutable.
/// </summary>
public sealed class BlockPublicAccess : IHoldsApiSpec
{
    private BlockPublicAccess(PutBlockPublicAccessConfigurationSpec spec) => Spec = spec;

    /// <summary>The PutBlockPublicAccessConfiguration request this stands for.</summary>
    public PutBlockPublicAccessConfigurationSpec Spec { get; }

    IApiSpec IHoldsApiSpec.Spec => Spec;

    private BlockPublicAccessConfigurationSpec Configuration => Spec.BlockPublicAccessConfiguration!;

    /// <summary>EMR refuses clusters whose security groups accept traffic from 0.0.0.0/0 or ::/0, on every port not permitted with <see cref="Permit(int)"/>.</summary>
    public static BlockPublicAccess On() => Switch(true);

    /// <summary>Block public access off: reported (EMR063); written as asked, for accounts that turn it off knowingly.</summary>
    public static BlockPublicAccess Off() => Switch(false);

    /// <summary>Wraps an existing spec (for example one read from a PutBlockPublicAccessConfiguration payload).</summary>
    public static BlockPublicAccess FromSpec(PutBlockPublicAccessConfigurationSpec spec)
    {
        if ((spec ?? throw new ArgumentNullException(nameof(spec))).BlockPublicAccessConfiguration is null)
        {
            throw new ArgumentException("The request has no BlockPublicAccessConfiguration; start from BlockPublicAccess.On().", nameof(spec));
        }

        return new BlockPublicAccess(spec);
    }

    /// <summary>Lets public security group rules open one port (22 for SSH is the only one Config's emr-block-public-access accepts).</summary>
    public BlockPublicAccess Permit(int port) => Permit(port, port);

    /// <summary>Lets public security group rules open the ports <paramref name="minPort"/> to <paramref name="maxPort"/>.</summary>
    public BlockPublicAccess Permit(int minPort, int maxPort)
    {
        if (Configuration.BlockPublicSecurityGroupRules != true)
        {
            throw new InvalidOperationException("Permitted port ranges are exceptions to block public access, which is off here. Start from BlockPublicAccess.On().Permit(...).");
        }

        CheckPort(minPort, nameof(minPort));
        CheckPort(maxPort, nameof(maxPort));
        if (minPort > maxPort)
        {
            throw new ArgumentException($"The range {Text(minPort)}-{Text(maxPort)} ends before it starts; write the lower port first.", nameof(maxPort));
        }

        var range = new PortRangeSpec { MinRange = minPort, MaxRange = maxPort };
        if (Configuration.PermittedPublicSecurityGroupRuleRanges.FindIndex(r => r == range) >= 0)
        {
            throw new ArgumentException($"The range {Text(minPort)}-{Text(maxPort)} is already permitted.", nameof(minPort));
        }

        return new BlockPublicAccess(Spec with
        {
            BlockPublicAccessConfiguration = Configuration with { PermittedPublicSecurityGroupRuleRanges = Configuration.PermittedPublicSecurityGroupRuleRanges.Add(range) },
        });
    }

    /// <summary>The PutBlockPublicAccessConfiguration request JSON (boto3 <c>put_block_public_access_configuration(**payload)</c>): service-model member order, no nulls.</summary>
    public string ToPutBlockPublicAccessConfigurationJson() => JsonText.Write(PutBlockPublicAccessConfigurationSpec.Shape.Write(Spec));

    /// <summary>The setting as a Terraform <c>aws_emr_block_public_access_configuration</c> resource (<c>.tf.json</c>).</summary>
    public string ToTerraformJson(string resourceName = "this") => JsonText.Write(TerraformBlockPublicAccess.ToJson(Configuration, resourceName));

    /// <summary>The block public access rules' findings (EMR063, EMR064), paths under <c>BlockPublicAccessConfiguration</c>.</summary>
    public IReadOnlyList<Finding> Validate(RuleContext? context = null) => BlockPublicAccessRuleSet.Run(Spec, context);

    private static BlockPublicAccess Switch(bool block) =>
        new(new PutBlockPublicAccessConfigurationSpec { BlockPublicAccessConfiguration = new BlockPublicAccessConfigurationSpec { BlockPublicSecurityGroupRules = block } });

    // Terraform's min_range and max_range accept 1 to 65535 (the API also takes -1 and 0, which Terraform cannot write).
    private static void CheckPort(int port, string parameter)
    {
        if (port is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException(parameter, port, "A port is a whole number from 1 to 65535, such as 22.");
        }
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
