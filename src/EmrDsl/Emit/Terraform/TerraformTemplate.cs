namespace EmrDsl.Emit.Terraform;

/// <summary>
/// In Terraform's JSON syntax every string is a template: <c>${...}</c> interpolates and <c>%{...}</c> is a
/// directive. Values the user wrote are literal text, so their <c>${</c> and <c>%{</c> are escaped as
/// <c>$${</c> and <c>%%{</c>; only the references the emitter builds itself are left live.
/// </summary>
public static class TerraformTemplate
{
    public static string Escape(string literal) =>
        literal.IndexOf("${", System.StringComparison.Ordinal) < 0 && literal.IndexOf("%{", System.StringComparison.Ordinal) < 0
            ? literal
            : literal.Replace("${", "$${").Replace("%{", "%%{");

    /// <summary>An interpolation of another resource's attribute, e.g. <c>${aws_emr_cluster.etl.id}</c>.</summary>
    public static string Reference(string resourceType, string resourceName, string attribute) =>
        "${" + resourceType + "." + resourceName + "." + attribute + "}";

    /// <summary>An interpolation of an input variable, e.g. <c>${var.kdc_admin_password}</c>.</summary>
    public static string Variable(string name) => "${var." + name + "}";
}
