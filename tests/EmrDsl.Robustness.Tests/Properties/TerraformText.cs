using System.Text;

namespace EmrDsl.Robustness.Tests.Properties;

/// <summary>Reads a Terraform JSON string the way Terraform does: <c>$${</c> and <c>%%{</c> are escapes, a bare <c>${</c> or <c>%{</c> is live.</summary>
internal static class TerraformText
{
    /// <summary>The literal text, or null when the string would interpolate or run a directive.</summary>
    public static string? Unescape(string template)
    {
        var text = new StringBuilder(template.Length);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '$' || c == '%') && i + 2 < template.Length && template[i + 1] == c && template[i + 2] == '{')
            {
                text.Append(c).Append('{');
                i += 2;
            }
            else if ((c == '$' || c == '%') && i + 1 < template.Length && template[i + 1] == '{')
            {
                return null;
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
