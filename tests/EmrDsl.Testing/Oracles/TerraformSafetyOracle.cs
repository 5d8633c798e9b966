using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace EmrDsl.Testing;

/// <summary>
/// What a reviewer checks before applying a generated <c>.tf.json</c>, beyond its schema: no secret is written in it
/// (every argument whose name says password, in any nesting and inside JSON-text arguments, is a reference to a
/// declared sensitive variable without a default), and <c>lifecycle.ignore_changes</c> holds what the provider's users
/// need: <c>step</c> on a kept-alive cluster, <c>kerberos_attributes</c> when they are set, and every capacity that
/// managed scaling or an automatic scaling policy moves. Written from the provider's documentation, independently of
/// the emitter.
/// </summary>
public static class TerraformSafetyOracle
{
    private static readonly Regex VariableReference = new(@"^\$\{var\.(?<name>[A-Za-z_][A-Za-z0-9_-]*)\}$", RegexOptions.CultureInvariant);
    private static readonly Regex ClusterReference = new(@"^\$\{aws_emr_cluster\.(?<name>[A-Za-z_][A-Za-z0-9_-]*)\.id\}$", RegexOptions.CultureInvariant);

    public static void AssertSafe(string json)
    {
        var errors = Validate(json);
        if (errors.Count > 0)
        {
            throw new XunitException("The Terraform JSON is not safe to apply:\n  " + string.Join("\n  ", errors) + "\n--- document\n" + json);
        }
    }

    public static IReadOnlyList<string> Validate(string json)
    {
        var errors = new List<string>();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var variables = Section(root, "variable");
        foreach (var variable in variables.Where(v => IsTrue(v.Value, "sensitive") && v.Value.TryGetProperty("default", out _)))
        {
            errors.Add($"variable.{variable.Key}: a sensitive variable has a default, which writes the secret into the configuration");
        }

        CheckSecrets(root, "$", variables, errors);
        if (root.TryGetProperty("resource", out var resources))
        {
            CheckIgnoreChanges(resources, errors);
        }

        return errors;
    }

    /// <summary>A password-named member holds <c>${var.NAME}</c> of a sensitive variable, never text.</summary>
    private static void CheckSecrets(JsonElement element, string path, Dictionary<string, JsonElement> variables, List<string> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    var memberPath = path + "." + member.Name;
                    if (SecretChecks.IsSecretName(member.Name) && member.Value.ValueKind == JsonValueKind.String)
                    {
                        CheckSecretValue(member.Value.GetString()!, memberPath, variables, errors);
                    }
                    else
                    {
                        CheckSecrets(member.Value, memberPath, variables, errors);
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckSecrets(item, $"{path}[{index++}]", variables, errors);
                }

                break;
            case JsonValueKind.String when SecretChecks.JsonText(element.GetString()!) is { } text:
                // A JSON-text argument is a template too: a password in it must be a live variable reference as well.
                CheckSecrets(text.RootElement, path + " (JSON text)", variables, errors);
                text.Dispose();
                break;
        }
    }

    private static void CheckSecretValue(string value, string path, Dictionary<string, JsonElement> variables, List<string> errors)
    {
        var match = VariableReference.Match(value);
        if (!match.Success)
        {
            errors.Add($"{path}: a secret must be a reference to a sensitive variable (${{var.NAME}}), not text");
        }
        else if (!variables.TryGetValue(match.Groups["name"].Value, out var variable) || !IsTrue(variable, "sensitive"))
        {
            errors.Add($"{path}: '{value}' must refer to a declared variable with sensitive = true");
        }
    }

    private static void CheckIgnoreChanges(JsonElement resources, List<string> errors)
    {
        var clusters = Named(resources, "aws_emr_cluster");
        var scaledClusters = Named(resources, "aws_emr_managed_scaling_policy").Values
            .Select(policy => ClusterOf(policy)).Where(name => name is not null).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, cluster) in clusters)
        {
            var path = "aws_emr_cluster." + name;
            var ignored = Ignored(cluster);
            Require(!IsTrue(cluster, "keep_job_flow_alive_when_no_steps") || ignored.Contains("step"), path, "step", "the cluster is kept alive, so steps are added outside Terraform and a plan would replace the cluster", ignored, errors);
            Require(!cluster.TryGetProperty("kerberos_attributes", out _) || ignored.Contains("kerberos_attributes"), path, "kerberos_attributes", "EMR never returns the passwords, so every plan shows a change", ignored, errors);
            var scaled = scaledClusters.Contains(name);
            if (cluster.TryGetProperty("core_instance_group", out var core))
            {
                Require(!(scaled || HasString(core, "autoscaling_policy")) || ignored.Contains("core_instance_group[0].instance_count"), path, "core_instance_group[0].instance_count", "scaling moves the core group's count", ignored, errors);
            }

            if (scaled && cluster.TryGetProperty("core_instance_fleet", out _))
            {
                foreach (var capacity in new[] { "target_on_demand_capacity", "target_spot_capacity" })
                {
                    Require(ignored.Contains("core_instance_fleet[0]." + capacity), path, "core_instance_fleet[0]." + capacity, "managed scaling moves the core fleet's capacity", ignored, errors);
                }
            }
        }

        foreach (var (name, group) in Named(resources, "aws_emr_instance_group"))
        {
            var scaled = HasString(group, "autoscaling_policy") || scaledClusters.Contains(ClusterOf(group) ?? string.Empty);
            Require(!scaled || Ignored(group).Contains("instance_count"), "aws_emr_instance_group." + name, "instance_count", "scaling moves the task group's count", Ignored(group), errors);
        }

        foreach (var (name, fleet) in Named(resources, "aws_emr_instance_fleet"))
        {
            if (scaledClusters.Contains(ClusterOf(fleet) ?? string.Empty))
            {
                foreach (var capacity in new[] { "target_on_demand_capacity", "target_spot_capacity" })
                {
                    Require(Ignored(fleet).Contains(capacity), "aws_emr_instance_fleet." + name, capacity, "managed scaling moves the task fleet's capacity", Ignored(fleet), errors);
                }
            }
        }
    }

    private static void Require(bool holds, string path, string entry, string why, HashSet<string> ignored, List<string> errors)
    {
        if (!holds)
        {
            errors.Add($"{path}: lifecycle.ignore_changes must hold \"{entry}\" ({why}); it holds [{string.Join(", ", ignored)}]");
        }
    }

    private static HashSet<string> Ignored(JsonElement resource) =>
        resource.TryGetProperty("lifecycle", out var lifecycle) && lifecycle.TryGetProperty("ignore_changes", out var entries) && entries.ValueKind == JsonValueKind.Array
            ? entries.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    private static string? ClusterOf(JsonElement resource) =>
        resource.TryGetProperty("cluster_id", out var id) && id.ValueKind == JsonValueKind.String && ClusterReference.Match(id.GetString()!) is { Success: true } match
            ? match.Groups["name"].Value
            : null;

    private static Dictionary<string, JsonElement> Section(JsonElement root, string name) =>
        root.TryGetProperty(name, out var section) && section.ValueKind == JsonValueKind.Object
            ? section.EnumerateObject().ToDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal)
            : new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    private static Dictionary<string, JsonElement> Named(JsonElement resources, string type) => Section(resources, type);

    private static bool IsTrue(JsonElement element, string name) => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static bool HasString(JsonElement element, string name) => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String;
}
