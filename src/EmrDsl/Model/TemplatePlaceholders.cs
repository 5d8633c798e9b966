using System;
using System.Text;

namespace EmrDsl.Model;

/// <summary>
/// Airflow (Jinja) placeholders such as <c>{{ ds }}</c> or <c>{{ var.value.release }}</c>. A value holding one is a template
/// the operator renders before it calls AWS, so its final form is not known here: checks of form (patterns, S3 bucket
/// names, release labels and what depends on them) let it pass, checks of presence still apply, and every writer copies
/// it unchanged (docs/airflow.md).
/// </summary>
internal static class TemplatePlaceholders
{
    public static bool In(string? value)
    {
        var open = value?.IndexOf("{{", StringComparison.Ordinal) ?? -1;
        return open >= 0 && value!.IndexOf("}}", open + 2, StringComparison.Ordinal) > open;
    }

    /// <summary>
    /// <paramref name="value"/> without its placeholders: what is certainly in the rendered text. The spaces Jinja allows
    /// inside <c>{{ ds }}</c> are gone once it is rendered, so a check for whitespace looks at this.
    /// </summary>
    public static string Outside(string value)
    {
        var text = new StringBuilder();
        var at = 0;
        for (var open = value.IndexOf("{{", StringComparison.Ordinal); open >= 0; open = value.IndexOf("{{", at, StringComparison.Ordinal))
        {
            var close = value.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            text.Append(value, at, open - at);
            at = close + 2;
        }

        return text.Append(value, at, value.Length - at).ToString();
    }
}
