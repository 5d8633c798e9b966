namespace EmrDsl.Model;

/// <summary>Where a secret member's value comes from when the request is sent; never the request itself.</summary>
public enum SecretSource
{
    /// <summary>A sensitive Terraform input variable: <c>${var.NAME}</c>.</summary>
    TerraformVariable,

    /// <summary>An Airflow template the operator renders before it calls EMR: <c>{{ var.value.NAME }}</c>, <c>{{ conn.ID.password }}</c>.</summary>
    AirflowTemplate,

    /// <summary>A Step Functions JSONPath into the execution input: <c>$.secrets.kdc</c>.</summary>
    StepFunctionsPath,

    /// <summary>A Secrets Manager dynamic reference: <c>{{resolve:secretsmanager:ID:SecretString:KEY}}</c>.</summary>
    SecretsManager,

    /// <summary>An SSM SecureString parameter dynamic reference: <c>{{resolve:ssm-secure:NAME}}</c>.</summary>
    SsmParameter,
}
