using System.Text;

namespace EmrDsl.Emit.Terraform;

/// <summary>Terraform resource names: letters, digits, '_' and '-', starting with a letter or '_'.</summary>
public static class TerraformName
{
    /// <summary>
    /// Derives a resource name from an EMR cluster name, deterministically and in the snake_case Terraform
    /// style: ASCII letters are lower-cased, ASCII digits kept, every other run of characters (spaces, '-', '.',
    /// non-ASCII letters, ...) becomes one '_', and leading/trailing '_' are trimmed. A name that would then
    /// start with a digit gets the prefix "cluster_"; a name with nothing left becomes "cluster".
    /// Example: "etl-daily-2026-04-25" becomes "etl_daily_2026_04_25".
    /// </summary>
    public static string FromClusterName(string clusterName) => From(clusterName, "cluster");

    /// <summary>As <see cref="FromClusterName"/> for an EMR Serverless application, with "application" as the prefix and fallback.</summary>
    public static string FromApplicationName(string applicationName) => From(applicationName, "application");

    private static string From(string name, string fallback)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSeparator = false;
        foreach (var c in name)
        {
            if (IsAsciiLetterOrDigit(c))
            {
                if (pendingSeparator && builder.Length > 0)
                {
                    builder.Append('_');
                }

                pendingSeparator = false;
                builder.Append(c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c);
            }
            else
            {
                pendingSeparator = true;
            }
        }

        if (builder.Length == 0)
        {
            return fallback;
        }

        return builder[0] is >= '0' and <= '9' ? fallback + "_" + builder : builder.ToString();
    }

    /// <summary>Whether <paramref name="name"/> is a valid Terraform resource name.</summary>
    public static bool IsValid(string name)
    {
        if (name.Length == 0 || !(IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(IsAsciiLetterOrDigit(c) || c == '_' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || c is >= '0' and <= '9';
}
