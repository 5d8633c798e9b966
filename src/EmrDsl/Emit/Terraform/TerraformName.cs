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

    /// <summary>As <see cref="FromClusterName"/> for an EMR on EKS virtual cluster, with "virtual_cluster" as the prefix and fallback.</summary>
    public static string FromVirtualClusterName(string virtualClusterName) => From(virtualClusterName, "virtual_cluster");

    /// <summary>As <see cref="FromClusterName"/> for an EMR on EKS job template, with "job_template" as the prefix and fallback.</summary>
    public static string FromJobTemplateName(string jobTemplateName) => From(jobTemplateName, "job_template");

    /// <summary>
    /// <paramref name="chosen"/> when it is a valid name (else an <see cref="System.ArgumentException"/> for
    /// <c>resourceName</c> suggesting one), or the name <paramref name="derive"/> makes of <paramref name="definitionName"/>.
    /// </summary>
    internal static string Choose(string? chosen, string definitionName, System.Func<string, string> derive)
    {
        if (chosen is null)
        {
            return derive(definitionName);
        }

        return IsValid(chosen)
            ? chosen
            : throw new System.ArgumentException(
                $"The resource name '{chosen}' is not a Terraform identifier. Use letters, digits, '_' and '-', starting with a letter or '_', for example {derive(chosen)}.",
                "resourceName");
    }

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
