using System.Text;

namespace EmrDsl.Emit.CloudFormation;

/// <summary>
/// CloudFormation logical ids (and parameter names): ASCII letters and digits only, starting with a letter, at most
/// 255 characters.
/// </summary>
public static class CloudFormationLogicalId
{
    private const int MaxLength = 255;

    /// <summary>Room left after the stem for the suffixes the writer appends (<c>TaskGroup12</c>, <c>ApplicationArn</c>, secret names).</summary>
    private const int MaxStemLength = 160;

    /// <summary>
    /// Derives the id stem from a definition name, deterministically: every run of characters other than ASCII letters and
    /// digits separates words, each word starts upper-case and keeps the rest of its letters; a stem that would start with
    /// a digit gets <paramref name="fallback"/> in front, an empty one is <paramref name="fallback"/>; the stem is cut at
    /// 160 characters so every id built on it stays within 255.
    /// Example: "etl-daily-2026-04-25" becomes "EtlDaily20260425".
    /// </summary>
    public static string FromName(string name, string fallback)
    {
        var stem = Pascal(name);
        stem = stem.Length > MaxStemLength ? stem.Substring(0, MaxStemLength) : stem;
        return stem.Length == 0 ? fallback : stem[0] is >= '0' and <= '9' ? fallback + stem : stem;
    }

    /// <summary>Whether <paramref name="id"/> is a valid logical id.</summary>
    public static bool IsValid(string id)
    {
        if (id.Length == 0 || id.Length > MaxLength || !IsAsciiLetter(id[0]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>kdc_admin_password</c> becomes <c>KdcAdminPassword</c>: words joined, each starting upper-case.</summary>
    internal static string Pascal(string text)
    {
        var builder = new StringBuilder(text.Length);
        var startOfWord = true;
        foreach (var c in text)
        {
            if (!IsAsciiLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord && c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c);
            startOfWord = false;
        }

        return builder.ToString();
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || c is >= '0' and <= '9';
}
