using System;
using System.Collections.Generic;
using EmrDsl.Model;
using EmrDsl.Rules.Support;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>
/// EMR011: AWS access keys and secrets written into step arguments, bootstrap arguments or configuration
/// properties (of a cluster, or of steps added to a running one) end up in the request, the console, CloudTrail and
/// the cluster's logs. Messages never repeat the
/// secret: they show at most its first four characters.
/// </summary>
public sealed class HardCodedCredentialRule : ClusterRule
{
    private static readonly string[] AccessKeyPrefixes = { "AKIA", "ASIA" };

    private static readonly char[] NameValueSeparators = { '=', ':' };

    private static readonly char[] Blanks = { ' ', '\t' };

    private static readonly char[] Quotes = { '"', '\'' };

    private static readonly string[] SecretKeyNames =
    {
        "aws_secret_access_key", "secret_access_key", "secretaccesskey", "fs.s3a.secret.key", "fs.s3.awssecretaccesskey",
        "fs.s3n.awssecretaccesskey", "aws.secretkey", "secret.key",
    };

    public HardCodedCredentialRule()
        : base(RuleIds.HardCodedCredential, "Hard-coded AWS credential", FindingSeverity.Warning, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context) => Findings(Texts(spec));

    public override IEnumerable<Finding> CheckSteps(AddJobFlowStepsSpec spec, RuleContext context) => Findings(StepTexts(spec.Steps));

    private IEnumerable<Finding> Findings(IEnumerable<Located<string>> texts)
    {
        foreach (var (path, problem) in Problems(texts))
        {
            yield return Report(path, problem + " Remove it and let the cluster use its EC2 instance profile (JobFlowRole) or read the secret at run time from AWS Secrets Manager.");
        }
    }

    /// <summary>Each text that holds a credential, with what it holds (never the secret itself); shared with EMR on EKS (<see cref="EksHardCodedCredentialRule"/>).</summary>
    internal static IEnumerable<(string Path, string Problem)> Problems(IEnumerable<Located<string>> texts)
    {
        foreach (var text in texts)
        {
            if (Inspect(text.Value) is { } problem)
            {
                yield return (text.Path, problem);
            }
        }
    }

    private static IEnumerable<Located<string>> Texts(ClusterSpec spec)
    {
        foreach (var text in StepTexts(spec.Steps))
        {
            yield return text;
        }

        for (var i = 0; i < spec.BootstrapActions.Count; i++)
        {
            if (spec.BootstrapActions[i].ScriptBootstrapAction?.Args is not { IsEmpty: false } args)
            {
                continue;
            }

            foreach (var text in ArgumentTexts(args, WirePath.Member(WirePath.Member(WirePath.Index("BootstrapActions", i), "ScriptBootstrapAction"), "Args")))
            {
                yield return text;
            }
        }

        foreach (var property in ConfigurationProperties.Properties(spec))
        {
            yield return property.WithValue(property.Value.Key + "=" + property.Value.Value);
        }
    }

    /// <summary>The arguments and properties of <paramref name="steps"/> (the <c>Steps</c> of RunJobFlow and AddJobFlowSteps alike).</summary>
    private static IEnumerable<Located<string>> StepTexts(EquatableArray<StepSpec> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            var jar = steps[i].HadoopJarStep;
            if (jar is null)
            {
                continue;
            }

            var jarPath = WirePath.Member(WirePath.Index("Steps", i), "HadoopJarStep");
            foreach (var text in ArgumentTexts(jar.Args, WirePath.Member(jarPath, "Args")))
            {
                yield return text;
            }

            var propertiesPath = jar.Properties.IsEmpty ? string.Empty : WirePath.Member(jarPath, "Properties");
            for (var p = 0; p < jar.Properties.Count; p++)
            {
                yield return Located<string>.Item(jar.Properties[p].Key + "=" + jar.Properties[p].Value, propertiesPath, p);
            }
        }
    }

    /// <summary>
    /// Each argument as one text: "--conf k=v" and "k=v" both end up as one argument, and a secret may also follow its
    /// name as the next argument, so that pair is joined.
    /// </summary>
    internal static IEnumerable<Located<string>> ArgumentTexts(IReadOnlyList<string> args, string path)
    {
        for (var a = 0; a < args.Count; a++)
        {
            yield return Located<string>.Item(ArgumentText(args, a), path, a);
        }
    }

    /// <summary>Argument <paramref name="a"/>, joined to the secret's name before it when there is one.</summary>
    internal static string ArgumentText(IReadOnlyList<string> args, int a)
    {
        var previous = a > 0 ? args[a - 1] : string.Empty;
        return IsSecretName(previous) ? previous + "=" + args[a] : args[a];
    }

    private static string? Inspect(string text)
    {
        foreach (var prefix in AccessKeyPrefixes)
        {
            var at = text.IndexOf(prefix, StringComparison.Ordinal);
            while (at >= 0)
            {
                if (IsAccessKeyAt(text, at))
                {
                    return $"It contains what looks like an AWS access key id ({prefix}...).";
                }

                at = text.IndexOf(prefix, at + 1, StringComparison.Ordinal);
            }
        }

        var equals = text.IndexOfAny(NameValueSeparators);
        if (equals <= 0)
        {
            return null;
        }

        // The name first: most arguments are not secrets' names, and the value is cut out only for those that are.
        var name = LastToken(text.Substring(0, equals));
        if (!IsSecretName(name))
        {
            return null;
        }

        var value = text.Substring(equals + 1).Trim().Trim(Quotes);
        return IsSecretLike(value) ? $"It sets {name} to what looks like a secret access key ({value.Substring(0, 4)}...)." : null;
    }

    // An access key id is AKIA/ASIA plus 16 upper-case letters or digits, standing alone.
    private static bool IsAccessKeyAt(string text, int at)
    {
        const int Length = 20;
        if (at + Length > text.Length || (at > 0 && char.IsLetterOrDigit(text[at - 1])))
        {
            return false;
        }

        for (var i = at + 4; i < at + Length; i++)
        {
            if (!(char.IsDigit(text[i]) || (text[i] >= 'A' && text[i] <= 'Z')))
            {
                return false;
            }
        }

        return at + Length == text.Length || !char.IsLetterOrDigit(text[at + Length]);
    }

    /// <summary>A known secret's name, alone or as the last dotted part (<c>spark.hadoop.fs.s3a.secret.key</c>), in any case.</summary>
    private static bool IsSecretName(string name)
    {
        var key = LastToken(name).TrimStart('-');
        foreach (var secretName in SecretKeyNames)
        {
            var prefixLength = key.Length - secretName.Length;
            if (key.EndsWith(secretName, StringComparison.OrdinalIgnoreCase) && (prefixLength == 0 || key[prefixLength - 1] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    // Secret access keys are 40 characters of base64 (letters, digits, '+', '/').
    private static bool IsSecretLike(string value)
    {
        if (value.Length != 40)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsLetterOrDigit(c) || c == '+' || c == '/'))
            {
                return false;
            }
        }

        return true;
    }

    private static string LastToken(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.LastIndexOfAny(Blanks);
        return space < 0 ? trimmed : trimmed.Substring(space + 1);
    }
}
