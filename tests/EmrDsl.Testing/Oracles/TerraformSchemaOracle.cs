using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace EmrDsl.Testing;

/// <summary>
/// Checks a Terraform JSON document (<c>{"resource": {TYPE: {NAME: {...}}}}</c>) against the AWS provider's
/// EMR resource schemas in tests/oracles/terraform/aws-emr.schema.json: resource types, argument names (no
/// computed-only ones), value types down to every object attribute, required arguments, block counts, the
/// schema's x_validation extras (enums, ranges, lengths, patterns, conflicts, JSON text), and template
/// syntax: every <c>${</c> must be an escape (<c>$${</c>), a reference to a resource in the same document or to a
/// variable it declares, every <c>%{</c> an escape (<c>%%{</c>). Besides <c>resource</c>, the sections Terraform's
/// JSON syntax defines for <c>variable</c>, <c>output</c> and <c>terraform { required_providers }</c> are checked, and
/// each resource's <c>lifecycle</c> meta-argument (its <c>ignore_changes</c> must name the resource's own arguments).
/// </summary>
public static class TerraformSchemaOracle
{
    private static readonly Lazy<JsonElement> ResourceSchemas = new(LoadSchemas);
    private static readonly Regex Identifier = new("^[A-Za-z_][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant);
    private static readonly Regex ReferenceExpression = new(@"^(?<type>[a-z0-9_]+)\.(?<name>[A-Za-z_][A-Za-z0-9_-]*)\.(?<attribute>[a-z0-9_]+)$", RegexOptions.CultureInvariant);
    private static readonly Regex IgnorePath = new(@"^(?<root>[a-z0-9_]+)(\[0\]\.(?<nested>[a-z0-9_]+))?$", RegexOptions.CultureInvariant);
    private static readonly Regex VariableExpression = new(@"^var\.(?<name>[A-Za-z_][A-Za-z0-9_-]*)$", RegexOptions.CultureInvariant);
    private static readonly string[] VariableArguments = { "default", "description", "nullable", "sensitive", "type" };
    private static readonly string[] OutputArguments = { "description", "sensitive", "value" };
    private static readonly string[] LifecycleArguments = { "create_before_destroy", "ignore_changes", "prevent_destroy" };

    public static void AssertValid(string json)
    {
        var errors = Validate(json);
        if (errors.Count > 0)
        {
            throw new XunitException("The Terraform JSON does not match the AWS provider schema:\n  " + string.Join("\n  ", errors) + "\n--- document\n" + json);
        }
    }

    /// <summary>Every problem found, one message each (empty when the document is valid).</summary>
    public static IReadOnlyList<string> Validate(string json)
    {
        var errors = new List<string>();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new[] { "the document must be a JSON object" };
        }

        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var top in root.EnumerateObject())
        {
            switch (top.Name)
            {
                case "resource":
                    ValidateResources(top.Value, declared, errors);
                    break;
                case "variable":
                    ValidateNamed(top.Value, "variable", VariableArguments, declared, errors, ValidateVariable);
                    break;
                case "output":
                    ValidateNamed(top.Value, "output", OutputArguments, declared, errors, (body, path, problems) => Expect(body.TryGetProperty("value", out _), $"{path}.value: an output needs a value", problems));
                    break;
                case "terraform":
                    ValidateSettings(top.Value, errors);
                    break;
                default:
                    errors.Add($"{top.Name}: not a section this document may hold (resource, variable, output, terraform)");
                    break;
            }
        }

        CheckTemplates(root, "$", declared, errors);
        return errors;
    }

    /// <summary>A <c>variable</c> or <c>output</c> section: named objects holding only the arguments Terraform defines for it.</summary>
    private static void ValidateNamed(JsonElement section, string kind, string[] arguments, Dictionary<string, string> declared, List<string> errors, Action<JsonElement, string, List<string>> validate)
    {
        if (section.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{kind}: must be an object of named {kind}s");
            return;
        }

        foreach (var named in section.EnumerateObject())
        {
            var path = kind + "." + named.Name;
            if (!Identifier.IsMatch(named.Name))
            {
                errors.Add($"{path}: '{named.Name}' is not a valid {kind} name");
            }

            if (named.Value.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{path}: must be an object");
                continue;
            }

            foreach (var argument in named.Value.EnumerateObject().Where(a => !arguments.Contains(a.Name)))
            {
                errors.Add($"{path}.{argument.Name}: not an argument of a {kind} ({string.Join(", ", arguments)})");
            }

            foreach (var flag in new[] { "sensitive", "nullable" })
            {
                if (named.Value.TryGetProperty(flag, out var value))
                {
                    Expect(value.ValueKind is JsonValueKind.True or JsonValueKind.False, $"{path}.{flag}: expected a bool, found {Describe(value)}", errors);
                }
            }

            if (kind == "variable")
            {
                declared["var." + named.Name] = "variable";
            }

            validate(named.Value, path, errors);
        }
    }

    private static void ValidateVariable(JsonElement variable, string path, List<string> errors)
    {
        if (variable.TryGetProperty("type", out var type))
        {
            Expect(type.ValueKind == JsonValueKind.String && type.GetString() is "string" or "number" or "bool", $"{path}.type: expected a primitive type name (string, number, bool)", errors);
        }
    }

    /// <summary><c>terraform { required_providers { aws = { source = "hashicorp/aws", version = "..." } } }</c>.</summary>
    private static void ValidateSettings(JsonElement settings, List<string> errors)
    {
        if (settings.ValueKind != JsonValueKind.Object)
        {
            errors.Add("terraform: must be an object");
            return;
        }

        foreach (var setting in settings.EnumerateObject())
        {
            if (setting.Name != "required_providers")
            {
                errors.Add($"terraform.{setting.Name}: only required_providers is expected");
                continue;
            }

            foreach (var provider in setting.Value.EnumerateObject())
            {
                var path = "terraform.required_providers." + provider.Name;
                if (provider.Name != "aws")
                {
                    errors.Add($"{path}: the document's resources need the aws provider only");
                    continue;
                }

                Expect(provider.Value.TryGetProperty("source", out var source) && source.GetString() == "hashicorp/aws", $"{path}.source: expected \"hashicorp/aws\", the provider the schema is from", errors);
                Expect(provider.Value.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String && version.GetString()!.Length > 0, $"{path}.version: expected a version constraint", errors);
                foreach (var argument in provider.Value.EnumerateObject().Where(a => a.Name is not ("source" or "version")))
                {
                    errors.Add($"{path}.{argument.Name}: not an argument of a provider requirement");
                }
            }
        }
    }

    private static void ValidateResources(JsonElement resources, Dictionary<string, string> declared, List<string> errors)
    {
        if (resources.ValueKind != JsonValueKind.Object)
        {
            errors.Add("resource: must be an object of resource types");
            return;
        }

        foreach (var type in resources.EnumerateObject())
        {
            if (!ResourceSchemas.Value.TryGetProperty(type.Name, out var schema))
            {
                errors.Add($"{type.Name}: not a resource type of the AWS provider's EMR schemas");
                continue;
            }

            if (type.Value.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{type.Name}: must be an object of named resources");
                continue;
            }

            foreach (var resource in type.Value.EnumerateObject())
            {
                var path = type.Name + "." + resource.Name;
                if (!Identifier.IsMatch(resource.Name))
                {
                    errors.Add($"{path}: '{resource.Name}' is not a valid resource name (letters, digits, '_', '-'; starting with a letter or '_')");
                }

                declared[path] = type.Name;
                ValidateBlock(WithoutLifecycle(resource.Value, schema.GetProperty("block"), path, errors), schema.GetProperty("block"), path, errors);
            }
        }
    }

    /// <summary>Checks the <c>lifecycle</c> meta-argument and returns the body without it, for the schema checks.</summary>
    private static JsonElement WithoutLifecycle(JsonElement body, JsonElement block, string path, List<string> errors)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("lifecycle", out var lifecycle))
        {
            return body;
        }

        var lifecyclePath = path + ".lifecycle";
        var arguments = Members(block, "attributes").Keys.Concat(Members(block, "block_types").Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var argument in lifecycle.ValueKind == JsonValueKind.Object ? lifecycle.EnumerateObject() : Enumerable.Empty<JsonProperty>())
        {
            if (!LifecycleArguments.Contains(argument.Name))
            {
                errors.Add($"{lifecyclePath}.{argument.Name}: not a lifecycle argument ({string.Join(", ", LifecycleArguments)})");
            }
            else if (argument.Name == "ignore_changes")
            {
                if (!Expect(argument.Value.ValueKind == JsonValueKind.Array, $"{lifecyclePath}.ignore_changes: expected a list of argument names", errors))
                {
                    continue;
                }

                foreach (var ignored in argument.Value.EnumerateArray())
                {
                    Expect(ignored.ValueKind == JsonValueKind.String && IsArgumentPath(ignored.GetString()!, block), $"{lifecyclePath}.ignore_changes: {ignored.GetRawText()} is not an argument of this resource", errors);
                }
            }
            else
            {
                Expect(argument.Value.ValueKind is JsonValueKind.True or JsonValueKind.False, $"{lifecyclePath}.{argument.Name}: expected a bool", errors);
            }
        }

        Expect(lifecycle.ValueKind == JsonValueKind.Object, $"{lifecyclePath}: must be an object", errors);
        var rest = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var member in body.EnumerateObject().Where(m => m.Name != "lifecycle"))
        {
            rest[member.Name] = member.Value;
        }

        return JsonSerializer.SerializeToElement(rest);
    }

    /// <summary><c>step</c>, or a nested block's argument such as <c>core_instance_group[0].instance_count</c>.</summary>
    private static bool IsArgumentPath(string path, JsonElement block)
    {
        var match = IgnorePath.Match(path);
        if (!match.Success)
        {
            return false;
        }

        var root = match.Groups["root"].Value;
        if (!match.Groups["nested"].Success)
        {
            return Members(block, "attributes").ContainsKey(root) || Members(block, "block_types").ContainsKey(root);
        }

        return Members(block, "block_types").TryGetValue(root, out var nested)
            && Members(nested.GetProperty("block"), "attributes").ContainsKey(match.Groups["nested"].Value);
    }

    private static void ValidateBlock(JsonElement body, JsonElement block, string path, List<string> errors)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: a block must be a JSON object");
            return;
        }

        var attributes = Members(block, "attributes");
        var blockTypes = Members(block, "block_types");
        foreach (var argument in body.EnumerateObject())
        {
            var argumentPath = path + "." + argument.Name;
            if (argument.Name == "//")
            {
                // Terraform's JSON syntax reads a "//" property of a block as a comment.
                Expect(argument.Value.ValueKind == JsonValueKind.String, $"{argumentPath}: a comment is a string", errors);
            }
            else if (attributes.TryGetValue(argument.Name, out var attribute))
            {
                ValidateAttribute(argument.Value, attribute, body, argumentPath, errors);
            }
            else if (blockTypes.TryGetValue(argument.Name, out var blockType))
            {
                ValidateNestedBlocks(argument.Value, blockType, body, argumentPath, errors);
            }
            else
            {
                errors.Add($"{argumentPath}: unknown argument (the schema has no attribute or block of that name)");
            }
        }

        foreach (var attribute in attributes.Where(a => Flag(a.Value, "required")))
        {
            if (!body.TryGetProperty(attribute.Key, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                errors.Add($"{path}.{attribute.Key}: required argument is missing");
            }
        }

        foreach (var blockType in blockTypes)
        {
            var min = Int(blockType.Value, "min_items") ?? 0;
            if (min > 0 && !body.TryGetProperty(blockType.Key, out _))
            {
                errors.Add($"{path}.{blockType.Key}: at least {min} block(s) required");
            }
        }
    }

    private static void ValidateAttribute(JsonElement value, JsonElement attribute, JsonElement body, string path, List<string> errors)
    {
        if (Flag(attribute, "computed") && !Flag(attribute, "optional") && !Flag(attribute, "required"))
        {
            errors.Add($"{path}: computed-only attribute cannot be set");
            return;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (CheckType(value, attribute.GetProperty("type"), path, errors) && attribute.TryGetProperty("x_validation", out var validation))
        {
            CheckValidation(value, validation, body, path, errors);
        }
    }

    private static void ValidateNestedBlocks(JsonElement value, JsonElement blockType, JsonElement body, string path, List<string> errors)
    {
        var items = value.ValueKind switch
        {
            JsonValueKind.Object => new List<JsonElement> { value },
            JsonValueKind.Array => value.EnumerateArray().ToList(),
            _ => null,
        };
        if (items is null)
        {
            errors.Add($"{path}: a nested block is written as an object or an array of objects, not {value.ValueKind}");
            return;
        }

        var min = Int(blockType, "min_items") ?? 0;
        var max = Int(blockType, "max_items");
        if (items.Count < min || (max is not null && items.Count > max))
        {
            errors.Add($"{path}: {items.Count} block(s), the schema allows {min} to {(max is null ? "any number" : max.ToString())}");
        }

        if (blockType.TryGetProperty("x_validation", out var validation))
        {
            CheckConflicts(validation, body, path, errors);
        }

        for (var i = 0; i < items.Count; i++)
        {
            ValidateBlock(items[i], blockType.GetProperty("block"), $"{path}[{i}]", errors);
        }
    }

    /// <summary>Checks <paramref name="value"/> against a Terraform type expression; false when it does not match.</summary>
    private static bool CheckType(JsonElement value, JsonElement type, string path, List<string> errors)
    {
        if (type.ValueKind == JsonValueKind.String)
        {
            var matches = type.GetString() switch
            {
                "string" => value.ValueKind == JsonValueKind.String,
                "number" => value.ValueKind == JsonValueKind.Number,
                "bool" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
                var other => throw new InvalidOperationException($"Unknown primitive type '{other}' in the schema"),
            };
            return Expect(matches, $"{path}: expected a {type.GetString()}, found {Describe(value)}", errors);
        }

        var kind = type[0].GetString();
        var element = type[1];
        switch (kind)
        {
            case "list":
            case "set":
                if (!Expect(value.ValueKind == JsonValueKind.Array, $"{path}: expected a {kind}, found {Describe(value)}", errors))
                {
                    return false;
                }

                var ok = true;
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    var itemPath = $"{path}[{index++}]";
                    ok &= Expect(item.ValueKind != JsonValueKind.Null, $"{itemPath}: {kind} elements cannot be null", errors) && CheckType(item, element, itemPath, errors);
                }

                return ok;
            case "map":
                if (!Expect(value.ValueKind == JsonValueKind.Object, $"{path}: expected a map, found {Describe(value)}", errors))
                {
                    return false;
                }

                return value.EnumerateObject().Aggregate(true, (all, entry) => CheckType(entry.Value, element, $"{path}[\"{entry.Name}\"]", errors) && all);
            case "object":
                if (!Expect(value.ValueKind == JsonValueKind.Object, $"{path}: expected an object, found {Describe(value)}", errors))
                {
                    return false;
                }

                var valid = true;
                foreach (var attribute in element.EnumerateObject())
                {
                    if (!value.TryGetProperty(attribute.Name, out var member))
                    {
                        errors.Add($"{path}.{attribute.Name}: an object value must hold every attribute of its type (write null when unset)");
                        valid = false;
                    }
                    else if (member.ValueKind != JsonValueKind.Null)
                    {
                        valid &= CheckType(member, attribute.Value, $"{path}.{attribute.Name}", errors);
                    }
                }

                foreach (var member in value.EnumerateObject().Where(m => !element.TryGetProperty(m.Name, out _)))
                {
                    errors.Add($"{path}.{member.Name}: not an attribute of this object type");
                    valid = false;
                }

                return valid;
            default:
                throw new InvalidOperationException($"Unknown type kind '{kind}' in the schema");
        }
    }

    private static void CheckValidation(JsonElement value, JsonElement validation, JsonElement body, string path, List<string> errors)
    {
        CheckConflicts(validation, body, path, errors);
        if (value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                CheckScalar(item, validation, $"{path}[{index++}]", errors);
            }

            return;
        }

        CheckScalar(value, validation, path, errors);
    }

    private static void CheckScalar(JsonElement value, JsonElement validation, string path, List<string> errors)
    {
        if (value.ValueKind == JsonValueKind.String && HasLiveInterpolation(value.GetString()!))
        {
            return; // A reference's value is known only at apply time.
        }

        if (validation.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => SameScalar(a, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of [{string.Join(",", allowed.EnumerateArray().Select(a => a.GetRawText()))}]");
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            var number = value.GetDouble();
            if (validation.TryGetProperty("min", out var min) && number < min.GetDouble())
            {
                errors.Add($"{path}: {value.GetRawText()} is below the minimum {min.GetRawText()}");
            }

            if (validation.TryGetProperty("max", out var max) && number > max.GetDouble())
            {
                errors.Add($"{path}: {value.GetRawText()} is above the maximum {max.GetRawText()}");
            }
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var text = Unescape(value.GetString()!);
        if (validation.TryGetProperty("min_length", out var minLength) && text.Length < minLength.GetInt32())
        {
            errors.Add($"{path}: shorter than {minLength.GetInt32()} characters");
        }

        if (validation.TryGetProperty("max_length", out var maxLength) && text.Length > maxLength.GetInt32())
        {
            errors.Add($"{path}: longer than {maxLength.GetInt32()} characters");
        }

        if (validation.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.CultureInvariant))
        {
            errors.Add($"{path}: '{text}' does not match {pattern.GetString()}");
        }

        if (validation.TryGetProperty("is_json", out var isJson) && isJson.ValueKind == JsonValueKind.True)
        {
            try
            {
                using var parsed = JsonDocument.Parse(text);
            }
            catch (JsonException e)
            {
                errors.Add($"{path}: not valid JSON text ({e.Message})");
            }
        }
    }

    /// <summary>conflicts_with names sibling arguments, sometimes as a path such as <c>ec2_attributes.0.subnet_ids</c>.</summary>
    private static void CheckConflicts(JsonElement validation, JsonElement body, string path, List<string> errors)
    {
        if (!validation.TryGetProperty("conflicts_with", out var conflicts))
        {
            return;
        }

        foreach (var conflict in conflicts.EnumerateArray())
        {
            var sibling = conflict.GetString()!.Split('.').Last();
            if (body.TryGetProperty(sibling, out var other) && other.ValueKind != JsonValueKind.Null)
            {
                errors.Add($"{path}: conflicts with {sibling}, which is also set");
            }
        }
    }

    /// <summary>Walks every string (and object member name) of the document through Terraform's template scanner.</summary>
    private static void CheckTemplates(JsonElement element, string path, Dictionary<string, string> declared, List<string> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    var memberPath = path + "." + member.Name;
                    ScanTemplate(member.Name, memberPath + " (name)", declared, errors);
                    CheckTemplates(member.Value, memberPath, declared, errors);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckTemplates(item, $"{path}[{index++}]", declared, errors);
                }

                break;
            case JsonValueKind.String:
                ScanTemplate(element.GetString()!, path, declared, errors);
                break;
        }
    }

    private static void ScanTemplate(string text, string path, Dictionary<string, string> declared, List<string> errors)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (At(text, i, "$${") || At(text, i, "%%{"))
            {
                i += 2;
            }
            else if (At(text, i, "%{"))
            {
                errors.Add($"{path}: unescaped template directive '%{{' at {i} (a literal is written %%{{)");
            }
            else if (At(text, i, "${"))
            {
                var end = text.IndexOf('}', i + 2);
                if (end < 0)
                {
                    errors.Add($"{path}: unterminated interpolation '${{' at {i} (a literal is written $${{)");
                    return;
                }

                CheckReference(text.Substring(i + 2, end - i - 2), path, declared, errors);
                i = end;
            }
        }
    }

    private static void CheckReference(string expression, string path, Dictionary<string, string> declared, List<string> errors)
    {
        if (VariableExpression.IsMatch(expression))
        {
            Expect(declared.ContainsKey(expression), $"{path}: '${{{expression}}}' refers to a variable this document does not declare", errors);
            return;
        }

        var match = ReferenceExpression.Match(expression);
        if (!match.Success)
        {
            errors.Add($"{path}: interpolation '${{{expression}}}' is not a resource or variable reference (a literal '${{' is written $${{)");
            return;
        }

        var address = match.Groups["type"].Value + "." + match.Groups["name"].Value;
        if (!declared.TryGetValue(address, out var type))
        {
            errors.Add($"{path}: '${{{expression}}}' refers to {address}, which this document does not declare");
            return;
        }

        var attributes = Members(ResourceSchemas.Value.GetProperty(type).GetProperty("block"), "attributes");
        if (!attributes.ContainsKey(match.Groups["attribute"].Value))
        {
            errors.Add($"{path}: '${{{expression}}}' reads '{match.Groups["attribute"].Value}', which {type} does not have");
        }
    }

    private static bool HasLiveInterpolation(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (At(text, i, "$${") || At(text, i, "%%{"))
            {
                i += 2;
            }
            else if (At(text, i, "${") || At(text, i, "%{"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The literal text a template without live interpolations stands for.</summary>
    private static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (At(text, i, "$${") || At(text, i, "%%{"))
            {
                builder.Append(text[i]).Append('{');
                i += 2;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private static bool SameScalar(JsonElement allowed, JsonElement value) => allowed.ValueKind switch
    {
        JsonValueKind.String => value.ValueKind == JsonValueKind.String && allowed.GetString() == value.GetString(),
        JsonValueKind.Number => value.ValueKind == JsonValueKind.Number && allowed.GetDouble() == value.GetDouble(),
        _ => false,
    };

    private static bool Expect(bool condition, string message, List<string> errors)
    {
        if (!condition)
        {
            errors.Add(message);
        }

        return condition;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a bool",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static Dictionary<string, JsonElement> Members(JsonElement element, string name) =>
        element.TryGetProperty(name, out var members)
            ? members.EnumerateObject().ToDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal)
            : new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    private static bool Flag(JsonElement element, string name) => element.TryGetProperty(name, out var flag) && flag.ValueKind == JsonValueKind.True;

    private static int? Int(JsonElement element, string name) => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    private static JsonElement LoadSchemas()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoPaths.OracleFile("terraform", "aws-emr.schema.json")));
        return document.RootElement
            .GetProperty("provider_schemas")
            .GetProperty("registry.terraform.io/hashicorp/aws")
            .GetProperty("resource_schemas")
            .Clone();
    }
}
