using System;
using System.Collections.Generic;
using EmrDsl.Model;
using EmrDsl.Rules.Support;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>
/// EMR011: AWS access keys and secrets written into step arguments, bootstrap arguments or configuration
/// properties end up in the request, the console, CloudTrail and the cluster's logs. Messages never repeat the
/// secret: they show at most its first four characters.
/// </summary>
public sealed class HardCodedCredentialRule : ClusterRule
{
    private static readonly string[] AccessKeyPrefixes = { "AKIA", "ASIA" };

    private static readonly string[] SecretKeyNames =
    {
        "aws_secret_access_key", "secret_access_key", "secretaccesskey", "fs.s3a.secret.key", "fs.s3.awssecretaccesskey",
        "fs.s3n.awssecretaccesskey", "aws.secretkey", "secret.key",
    };

    public HardCodedCredentialRule()
        : base(RuleIds.HardCodedCredential, "Hard-coded AWS credential", FindingSeverity.Warning, RuleCategory.Security)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        foreach (var text in Texts(spec))
        {
            var problem = Inspect(text.Value);
            if (problem is not null)
            {
                yield return Report(text.Path, problem + " Remove it and let the cluster use its EC2 instance profile (JobFlowRole) or read the secret at run time from AWS Secrets Manager.");
            }
        }
    }

    private static IEnumerable<Located<string>> Texts(ClusterSpec spec)
    {
        for (var i = 0; i < spec.Steps.Count; i++)
        {
            var jarPath = WirePath.Member(WirePath.Index("Steps", i), "HadoopJarStep");
            var jar = spec.Steps[i].HadoopJarStep;
            if (jar is null)
            {
                continue;
            }

            for (var a = 0; a < jar.Args.Count; a++)
            {
                // "--conf k=v" and "k=v" both end up as one argument; a secret may also follow its name as the next argument.
                var previous = a > 0 ? jar.Args[a - 1] : string.Empty;
                yield return new(IsSecretName(previous) ? previous + "=" + jar.Args[a] : jar.Args[a], WirePath.Index(WirePath.Member(jarPath, "Args"), a));
            }

            for (var p = 0; p < jar.Properties.Count; p++)
            {
                yield return new(jar.Properties[p].Key + "=" + jar.Properties[p].Value, WirePath.Index(WirePath.Member(jarPath, "Properties"), p));
            }
        }

        for (var i = 0; i < spec.BootstrapActions.Count; i++)
        {
            var args = spec.BootstrapActions[i].ScriptBootstrapAction?.Args ?? default;
            for (var a = 0; a < args.Count; a++)
            {
                var previous = a > 0 ? args[a - 1] : string.Empty;
                yield return new(
                    IsSecretName(previous) ? previous + "=" + args[a] : args[a],
                    WirePath.Index(WirePath.Member(WirePath.Member(WirePath.Index("BootstrapActions", i), "ScriptBootstrapAction"), "Args"), a));
            }
        }

        foreach (var property in ConfigurationProperties.Properties(spec))
        {
            yield return new(property.Value.Key + "=" + property.Value.Value, property.Path);
        }
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

        var equals = text.IndexOfAny(new[] { '=', ':' });
        if (equals > 0)
        {
            var name = LastToken(text.Substring(0, equals));
            var value = text.Substring(equals + 1).Trim().Trim('"', '\'');
            if (IsSecretName(name) && IsSecretLike(value))
            {
                return $"It sets {name} to what looks like a secret access key ({value.Substring(0, 4)}...).";
            }
        }

        return null;
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

    private static bool IsSecretName(string name)
    {
        var key = LastToken(name).TrimStart('-').ToLowerInvariant();
        foreach (var secretName in SecretKeyNames)
        {
            if (key == secretName || key.EndsWith("." + secretName, StringComparison.Ordinal))
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
        var space = trimmed.LastIndexOfAny(new[] { ' ', '\t' });
        return space < 0 ? trimmed : trimmed.Substring(space + 1);
    }
}
