using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace EmrDsl.Testing;

/// <summary>
/// No literal secret in a payload: every member whose name says password (<c>KdcAdminPassword</c>,
/// <c>kdc_admin_password</c>, <c>javax.jdo.option.ConnectionPassword</c>) holds a reference its consumer resolves —
/// <c>${var.NAME}</c>, a <c>{{ ... }}</c> template or dynamic reference, or a Step Functions <c>$.path</c> — never text.
/// </summary>
public static class SecretChecks
{
    private static readonly Regex Reference = new(@"^(\$\{var\.[A-Za-z_][A-Za-z0-9_-]*\}|\{\{.+\}\}|\$\.[^ ]+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    public static bool IsSecretName(string name) => name.IndexOf("password", StringComparison.OrdinalIgnoreCase) >= 0;

    public static bool IsReference(string value) => Reference.IsMatch(value);

    /// <summary>One message per password-named member of <paramref name="element"/> that holds text.</summary>
    public static IEnumerable<string> Literals(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    var memberPath = path + "." + member.Name;
                    if (IsSecretName(member.Name) && member.Value.ValueKind == JsonValueKind.String && !IsReference(member.Value.GetString()!))
                    {
                        yield return $"{memberPath}: holds a literal secret; a payload carries only a reference (${{var.NAME}}, {{{{ ... }}}}, $.path)";
                    }

                    foreach (var literal in Literals(member.Value, memberPath))
                    {
                        yield return literal;
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var literal in Literals(item, $"{path}[{index++}]"))
                    {
                        yield return literal;
                    }
                }

                break;
        }
    }

    /// <summary>A string argument that holds a JSON document (configurations_json, autoscaling_policy), parsed; else null.</summary>
    public static JsonDocument? JsonText(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0 || (trimmed[0] != '{' && trimmed[0] != '['))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
