using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using EmrDsl.Json;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Cli.Tests;

/// <summary>What every import test of a request file checks: the code rebuilds the request, and reads as approved.</summary>
internal static class ImportedRequest
{
    /// <summary>The Kerberos passwords of a request and the Terraform variable each literal one imports as.</summary>
    private static readonly (string Member, string Variable)[] KerberosPasswords =
    {
        ("KdcAdminPassword", "kdc_admin_password"), ("CrossRealmTrustPrincipalPassword", "cross_realm_trust_principal_password"), ("ADDomainJoinPassword", "ad_domain_join_password"),
    };

    /// <summary>
    /// Imports <paramref name="path"/>, compiles the code and compares the request it builds with the file, by meaning:
    /// the same request, except that each literal Kerberos password is a <c>${var.NAME}</c> placeholder, reported once
    /// as an EMR016 warning and never written into the code; an encryption switch a security configuration document
    /// leaves out comes back as false, said in a note. Returns the request the code builds.
    /// </summary>
    public static string RebuildsTheSameRequest(string path, string @namespace)
    {
        var run = CliRun.Of("import", path, "--class", "Imported", "--member", "Definition", "--namespace", @namespace);

        var expected = JsonNode.Parse(File.ReadAllText(path))!;
        var warnings = new List<string>();
        if (expected["KerberosAttributes"] is System.Text.Json.Nodes.JsonObject kerberos)
        {
            foreach (var (member, variable) in KerberosPasswords)
            {
                if (kerberos[member]?.GetValue<string>() is { } literal && !literal.StartsWith("${var.", System.StringComparison.Ordinal))
                {
                    Assert.DoesNotContain(literal, run.Output);
                    kerberos[member] = "${var." + variable + "}";
                    warnings.Add($"emrdsl: {path}: warning EMR016: KerberosAttributes.{member}: ");
                }
            }
        }

        if (expected["Configurations"] is System.Text.Json.Nodes.JsonArray configurations)
        {
            ReplacePasswordProperties(configurations, "Configurations", run.Output, path, warnings);
        }

        if (expected["EncryptionConfiguration"] is System.Text.Json.Nodes.JsonObject encryption)
        {
            foreach (var name in new[] { "EnableInTransitEncryption", "EnableAtRestEncryption" }.Where(n => encryption[n] is null))
            {
                encryption[name] = false;
                warnings.Add($"emrdsl: {path}: note: EncryptionConfiguration.{name}: ");
            }
        }

        if (expected["configurationOverrides"]?["applicationConfiguration"] is System.Text.Json.Nodes.JsonArray applicationConfiguration)
        {
            ExpectEksPasswordWarnings(applicationConfiguration, "configurationOverrides.applicationConfiguration", run.Output, path, warnings);
        }

        Assert.Equal(0, run.ExitCode);
        var lines = run.Error.Replace("\r\n", "\n").Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(warnings.Count, lines.Length);
        Assert.All(warnings.Zip(lines), pair => Assert.StartsWith(pair.First, pair.Second, System.StringComparison.Ordinal));
        var rebuilt = GeneratedDefinition.RequestJson(run.Output, @namespace + ".Imported", "Definition");
        Assert.Equal(JsonSemantics.Normalize(JsonParser.Parse(expected.ToJsonString())), JsonSemantics.Normalize(JsonParser.Parse(rebuilt)));
        return rebuilt;
    }

    /// <summary>
    /// An EMR on EKS job run's password properties import as <c>{{ var.value.CLASSIFICATION_KEY }}</c> (an Airflow
    /// Variable), each with an EMR016 warning, nested configurations included.
    /// </summary>
    private static void ExpectEksPasswordWarnings(System.Text.Json.Nodes.JsonArray configurations, string path, string code, string file, List<string> warnings)
    {
        foreach (var (configuration, i) in configurations.Select((c, i) => ((System.Text.Json.Nodes.JsonObject)c!, i)))
        {
            if (configuration["properties"] is System.Text.Json.Nodes.JsonObject properties)
            {
                foreach (var key in properties.Select(p => p.Key).Where(k => k.Contains("password", System.StringComparison.OrdinalIgnoreCase)).ToList())
                {
                    Assert.DoesNotContain(properties[key]!.GetValue<string>(), code);
                    properties[key] = "{{ var.value." + new string((configuration["classification"]?.GetValue<string>() + "_" + key).Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray()) + " }}";
                    warnings.Add($"emrdsl: {file}: warning EMR016: {path}[{i}].properties.{key}: ");
                }
            }

            if (configuration["configurations"] is System.Text.Json.Nodes.JsonArray nested)
            {
                ExpectEksPasswordWarnings(nested, $"{path}[{i}].configurations", code, file, warnings);
            }
        }
    }

    /// <summary>
    /// Configuration properties whose name says password (<c>javax.jdo.option.ConnectionPassword</c>) import as
    /// <c>${var.CLASSIFICATION_KEY}</c> in lower case, every other character '_', nested configurations included.
    /// </summary>
    private static void ReplacePasswordProperties(System.Text.Json.Nodes.JsonArray configurations, string path, string code, string file, List<string> warnings)
    {
        for (var i = 0; i < configurations.Count; i++)
        {
            var configuration = (System.Text.Json.Nodes.JsonObject)configurations[i]!;
            var at = $"{path}[{i}]";
            if (configuration["Properties"] is System.Text.Json.Nodes.JsonObject properties)
            {
                foreach (var key in properties.Select(p => p.Key).ToList())
                {
                    if (key.Contains("password", System.StringComparison.OrdinalIgnoreCase) && properties[key]!.GetValue<string>() is var literal && !literal.StartsWith("${var.", System.StringComparison.Ordinal))
                    {
                        Assert.DoesNotContain(literal, code);
                        var name = new string((configuration["Classification"]?.GetValue<string>() + "_" + key).Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray());
                        properties[key] = "${var." + name + "}";
                        warnings.Add($"emrdsl: {file}: warning EMR016: {at}.Properties.{key}: ");
                    }
                }
            }

            if (configuration["Configurations"] is System.Text.Json.Nodes.JsonArray nested)
            {
                ReplacePasswordProperties(nested, at + ".Configurations", code, file, warnings);
            }
        }
    }

    /// <summary>Imports <paramref name="path"/> with the default names and matches the code with <c>Approved/{name}.cs.txt</c>.</summary>
    public static void MatchesItsSnapshot(string path, string name)
    {
        var run = CliRun.Of("import", path);

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Output.Replace(path.Replace('\\', '/'), name), Path.ChangeExtension(name, ".cs.txt"));
    }
}
