using System;

namespace EmrDsl.Model;

/// <summary>
/// The text a secret member of the request holds instead of the secret: a placeholder its consumer replaces
/// (Terraform, Airflow, Step Functions) or a reference it resolves (a CloudFormation-style dynamic reference to
/// Secrets Manager or SSM). Any other text in a secret member is a literal secret.
/// </summary>
public sealed record SecretReference(SecretSource Source, string Text)
{
    public const string TerraformVariablePrefix = "${var.";
    public const string StepFunctionsPathPrefix = "$.";
    public const string SecretsManagerPrefix = "{{resolve:secretsmanager:";
    public const string SsmParameterPrefix = "{{resolve:ssm-secure:";

    /// <summary>The variable's name for <see cref="SecretSource.TerraformVariable"/>, else null.</summary>
    public string? TerraformVariable =>
        Source == SecretSource.TerraformVariable ? Text.Substring(TerraformVariablePrefix.Length, Text.Length - TerraformVariablePrefix.Length - 1) : null;

    /// <summary>The reference <paramref name="text"/> stands for, or null when it is a literal (or absent).</summary>
    public static SecretReference? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (text.StartsWith(TerraformVariablePrefix, StringComparison.Ordinal) && text.EndsWith("}", StringComparison.Ordinal)
            && IsTerraformName(text.Substring(TerraformVariablePrefix.Length, text.Length - TerraformVariablePrefix.Length - 1)))
        {
            return new SecretReference(SecretSource.TerraformVariable, text);
        }

        if (text.StartsWith(StepFunctionsPathPrefix, StringComparison.Ordinal) && text.Length > StepFunctionsPathPrefix.Length && text.IndexOf(' ') < 0)
        {
            return new SecretReference(SecretSource.StepFunctionsPath, text);
        }

        if (!text.StartsWith("{{", StringComparison.Ordinal) || !text.EndsWith("}}", StringComparison.Ordinal) || text.Length <= 4)
        {
            return null;
        }

        var source = text.StartsWith(SecretsManagerPrefix, StringComparison.Ordinal) ? SecretSource.SecretsManager
            : text.StartsWith(SsmParameterPrefix, StringComparison.Ordinal) ? SecretSource.SsmParameter
            : SecretSource.AirflowTemplate;
        return new SecretReference(source, text);
    }

    public static bool IsReference(string? text) => Parse(text) is not null;

    /// <summary>A Terraform identifier: letters, digits, '_' and '-', starting with a letter or '_'.</summary>
    public static bool IsTerraformName(string name)
    {
        if (name.Length == 0 || !(IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
