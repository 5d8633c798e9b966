using System;
using System.Collections.Generic;
using System.Text;
using EmrDsl.Wire;

namespace EmrDsl.Model;

/// <summary>
/// One secret a request holds: a <see cref="SecretMember"/> that is set, or a cluster configuration property whose
/// name says password (<c>hive-site</c>'s <c>javax.jdo.option.ConnectionPassword</c>). <see cref="Text"/> is a
/// <see cref="SecretReference"/> or, when it is none, a literal secret.
/// </summary>
public sealed class SecretValue
{
    private readonly Func<ClusterSpec, string, ClusterSpec> _replace;

    private SecretValue(string path, string text, string terraformName, Func<ClusterSpec, string, ClusterSpec> replace)
    {
        Path = path;
        Text = text;
        TerraformName = terraformName;
        _replace = replace;
    }

    /// <summary>Where it is in the request: <c>KerberosAttributes.KdcAdminPassword</c>, <c>Configurations[3].Properties.javax.jdo.option.ConnectionPassword</c>.</summary>
    public string Path { get; }

    public string Text { get; }

    /// <summary>A Terraform name for it: the provider's argument, or the classification and property (<c>hive_site_javax_jdo_option_connectionpassword</c>).</summary>
    public string TerraformName { get; }

    public bool IsLiteral => !SecretReference.IsReference(Text);

    /// <summary>The spec with this secret's text replaced by <paramref name="text"/>.</summary>
    public ClusterSpec Replace(ClusterSpec spec, string text) => _replace(spec, text);

    /// <summary>Every secret of <paramref name="spec"/>, in request order: the secret members, then the cluster's configuration properties.</summary>
    public static IEnumerable<SecretValue> In(ClusterSpec spec)
    {
        foreach (var member in SecretMember.Cluster)
        {
            if (member.Value(spec) is { } text)
            {
                yield return new SecretValue(member.Path, text, member.TerraformArgument, member.With);
            }
        }

        foreach (var property in InConfigurations(spec))
        {
            yield return property;
        }
    }

    /// <summary>The secrets of <paramref name="spec"/> that are written out, in request order.</summary>
    public static IEnumerable<SecretValue> Literals(ClusterSpec spec)
    {
        foreach (var secret in In(spec))
        {
            if (secret.IsLiteral)
            {
                yield return secret;
            }
        }
    }

    /// <summary>
    /// Throws when <paramref name="spec"/> holds a literal secret: no artifact is ever written with one.
    /// <paramref name="artifact"/> names what was being written.
    /// </summary>
    public static void RequireNoLiterals(ClusterSpec spec, string artifact)
    {
        foreach (var secret in Literals(spec))
        {
            throw new LiteralSecretException(secret.Path, $"{secret.Path} holds a literal secret, so the {artifact} is not written (it would carry the secret into CI logs and artifact stores). Pass a Secret instead: Secret.TerraformVariable(\"{secret.TerraformName}\"), Secret.AirflowVariable(...), Secret.StepFunctionsPath(\"$.…\"), Secret.SecretsManager(...) or Secret.SsmParameter(...).");
        }
    }

    /// <summary>The password properties of the cluster-level configurations, nested ones included.</summary>
    public static IEnumerable<SecretValue> InConfigurations(ClusterSpec spec) => Walk(spec.Configurations, "Configurations", Array.Empty<int>());

    /// <summary>A property whose name says password, in any case (<c>ConnectionPassword</c>, <c>ssl.keystore.password</c>).</summary>
    public static bool IsSecretProperty(string key) => key.IndexOf("password", StringComparison.OrdinalIgnoreCase) >= 0;

    private static IEnumerable<SecretValue> Walk(EquatableArray<ConfigurationSpec> configurations, string path, int[] indexes)
    {
        for (var i = 0; i < configurations.Count; i++)
        {
            var configuration = configurations[i];
            var at = Append(indexes, i);
            var configurationPath = WirePath.Index(path, i);
            foreach (var entry in configuration.Properties)
            {
                if (IsSecretProperty(entry.Key))
                {
                    var key = entry.Key;
                    yield return new SecretValue(
                        WirePath.Member(WirePath.Member(configurationPath, "Properties"), key),
                        entry.Value,
                        PropertyIdentifier(configuration.Classification, key),
                        (spec, text) => spec with { Configurations = ReplaceProperty(spec.Configurations, at, 0, key, text) });
                }
            }

            foreach (var nested in Walk(configuration.Configurations, WirePath.Member(configurationPath, "Configurations"), at))
            {
                yield return nested;
            }
        }
    }

    private static EquatableArray<ConfigurationSpec> ReplaceProperty(EquatableArray<ConfigurationSpec> configurations, int[] indexes, int depth, string key, string text)
    {
        var items = new List<ConfigurationSpec>(configurations);
        var configuration = items[indexes[depth]];
        items[indexes[depth]] = depth + 1 < indexes.Length
            ? configuration with { Configurations = ReplaceProperty(configuration.Configurations, indexes, depth + 1, key, text) }
            : configuration with { Properties = ReplaceEntry(configuration.Properties, key, text) };
        return items.ToEquatableArray();
    }

    private static EquatableArray<MapEntry> ReplaceEntry(EquatableArray<MapEntry> entries, string key, string text)
    {
        var items = new List<MapEntry>();
        foreach (var entry in entries)
        {
            items.Add(entry.Key == key ? new MapEntry(key, text) : entry);
        }

        return items.ToEquatableArray();
    }

    private static int[] Append(int[] indexes, int index)
    {
        var longer = new int[indexes.Length + 1];
        indexes.CopyTo(longer, 0);
        longer[indexes.Length] = index;
        return longer;
    }

    /// <summary>The name a configuration property's secret goes by (a Terraform or Airflow variable): its classification and key as an <see cref="Identifier"/>.</summary>
    internal static string PropertyIdentifier(string? classification, string key) => Identifier((classification ?? "configuration") + "_" + key);

    /// <summary>Lower-case letters, digits and '_': <c>hive-site_javax.jdo.option.ConnectionPassword</c> becomes <c>hive_site_javax_jdo_option_connectionpassword</c>.</summary>
    internal static string Identifier(string text)
    {
        var name = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            name.Append(char.IsLetterOrDigit(c) && c < 128 ? char.ToLowerInvariant(c) : '_');
        }

        return char.IsLetter(name[0]) ? name.ToString() : "_" + name;
    }
}
