namespace EmrDsl.Emit.Terraform;

/// <summary>
/// An <c>aws_emr_security_configuration</c> to emit with the cluster: its name and its JSON document text
/// (as produced by the security-configuration emitter; taken as plain text so the two stay independent).
/// </summary>
public sealed record TerraformSecurityConfiguration(string Name, string Json);
