using System;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// A secret a definition refers to but never holds (the Kerberos KDC admin password, a cross-realm trust or
/// AD domain join password): where its value comes from when the request is sent. The request carries the
/// reference text; Terraform reads every secret from a sensitive variable. Each factory is a plain static call,
/// so the build-time generator evaluates it like any other DSL call.
/// </summary>
public sealed class Secret : IEquatable<Secret>
{
    private Secret(SecretReference reference) => Reference = reference;

    /// <summary>The source and the text written into the request.</summary>
    public SecretReference Reference { get; }

    /// <summary>
    /// A Terraform input variable (declared in the <c>.tf.json</c> with <c>sensitive = true</c> and no default; the
    /// request holds <c>${var.NAME}</c>). Set it with <c>TF_VAR_NAME</c> or a <c>.tfvars</c> file kept out of the repository.
    /// </summary>
    public static Secret TerraformVariable(string name)
    {
        Require.NonEmpty(name, nameof(name), "The Terraform variable name");
        if (!SecretReference.IsTerraformName(name))
        {
            throw new ArgumentException($"'{name}' is not a Terraform variable name: use letters, digits, '_' and '-', starting with a letter or '_' (for example kdc_admin_password).", nameof(name));
        }

        return From(SecretReference.TerraformVariablePrefix + name + "}");
    }

    /// <summary>An Airflow Variable, rendered by the operator: <c>{{ var.value.NAME }}</c> (job_flow_overrides is a templated field).</summary>
    public static Secret AirflowVariable(string name) =>
        From("{{ var.value." + Identifier(name, nameof(name), "The Airflow variable name") + " }}");

    /// <summary>A field of an Airflow Connection, rendered by the operator: <c>{{ conn.ID.password }}</c>.</summary>
    public static Secret AirflowConnection(string connectionId, string field = "password") =>
        From("{{ conn." + Identifier(connectionId, nameof(connectionId), "The Airflow connection id") + "." + Identifier(field, nameof(field), "The connection field") + " }}");

    /// <summary>
    /// A JSONPath into the Step Functions state input (<c>$.secrets.kdcAdminPassword</c>). The request carries the path as
    /// the member's value; in the state machine's Parameters that key takes the suffix <c>.$</c> (see docs/secrets.md).
    /// </summary>
    public static Secret StepFunctionsPath(string path)
    {
        Require.NonEmpty(path, nameof(path), "The JSONPath");
        if (!path.StartsWith(SecretReference.StepFunctionsPathPrefix, StringComparison.Ordinal) || path.Length == 2 || path.IndexOf(' ') >= 0)
        {
            throw new ArgumentException($"'{path}' is not a JSONPath into the state input: start it with '$.' and leave out spaces (for example $.secrets.kdcAdminPassword).", nameof(path));
        }

        return From(path);
    }

    /// <summary>
    /// A Secrets Manager secret (its name or ARN), optionally one key of its JSON value, as a dynamic reference the
    /// consumer resolves: <c>{{resolve:secretsmanager:ID:SecretString:KEY}}</c> (CloudFormation resolves it in AWS::EMR::Cluster).
    /// </summary>
    public static Secret SecretsManager(string secretId, string? jsonKey = null)
    {
        var id = NoBraces(secretId, nameof(secretId), "The secret id");
        var key = jsonKey is null ? null : NoBraces(jsonKey, nameof(jsonKey), "The JSON key");
        return From(SecretReference.SecretsManagerPrefix + id + (key is null ? string.Empty : ":SecretString:" + key) + "}}");
    }

    /// <summary>An SSM SecureString parameter as a dynamic reference the consumer resolves: <c>{{resolve:ssm-secure:NAME}}</c>.</summary>
    public static Secret SsmParameter(string name) =>
        From(SecretReference.SsmParameterPrefix + NoBraces(name, nameof(name), "The parameter name") + "}}");

    public bool Equals(Secret? other) => other is not null && Reference == other.Reference;

    public override bool Equals(object? obj) => Equals(obj as Secret);

    public override int GetHashCode() => Reference.GetHashCode();

    public override string ToString() => Reference.Text;

    private static Secret From(string text) => new(SecretReference.Parse(text)!);

    private static string Identifier(string? value, string parameter, string what)
    {
        Require.NonEmpty(value, parameter, what);
        foreach (var c in value!)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-'))
            {
                throw new ArgumentException($"{what} '{value}' may hold only letters, digits, '_' and '-' so that the template renders it.", parameter);
            }
        }

        return value;
    }

    private static string NoBraces(string? value, string parameter, string what)
    {
        Require.NonEmpty(value, parameter, what);
        if (value!.IndexOfAny(new[] { '{', '}', ' ' }) >= 0)
        {
            throw new ArgumentException($"{what} '{value}' cannot hold braces or spaces; they would end the reference.", parameter);
        }

        return value;
    }
}
