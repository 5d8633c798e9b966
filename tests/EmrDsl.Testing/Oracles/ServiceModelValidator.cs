using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using EmrDsl.Wire;

namespace EmrDsl.Testing.Oracles;

/// <summary>
/// Walks a JSON payload along a service-model shape and collects every violation (botocore's parameter
/// validation plus the constraints the service itself enforces: lengths, ranges, patterns, enums).
/// </summary>
internal sealed class ServiceModelValidator
{
    private readonly ServiceModel _model;
    private readonly List<Violation> _violations = new();

    public ServiceModelValidator(ServiceModel model) => _model = model;

    public IReadOnlyList<Violation> Validate(JsonElement json, ServiceShape shape)
    {
        Check(json, shape, string.Empty);
        return _violations;
    }

    private void Check(JsonElement json, ServiceShape shape, string path)
    {
        switch (shape.Type)
        {
            case "structure":
                CheckStructure(json, shape, path);
                break;
            case "list":
                CheckList(json, shape, path);
                break;
            case "map":
                CheckMap(json, shape, path);
                break;
            case "string":
                CheckString(json, shape, path);
                break;
            case "integer":
                CheckInteger(json, shape, path, int.MinValue, int.MaxValue);
                break;
            case "long":
                CheckInteger(json, shape, path, long.MinValue, long.MaxValue);
                break;
            case "double":
            case "float":
                CheckNumber(json, shape, path);
                break;
            case "boolean":
                if (json.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    Expected("true or false", json, path);
                }

                break;
            case "timestamp":
                CheckTimestamp(json, path);
                break;
            case "blob":
                CheckBlob(json, shape, path);
                break;
            default:
                throw new NotSupportedException($"{_model.File}: shape {shape.Name} has type '{shape.Type}', which the validator does not know.");
        }
    }

    private void CheckStructure(JsonElement json, ServiceShape shape, string path)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            Expected($"an object ({shape.Name})", json, path);
            return;
        }

        var present = new List<string>();
        foreach (var property in json.EnumerateObject())
        {
            var memberPath = WirePath.Member(path, property.Name);
            var member = shape.Members.FirstOrDefault(m => m.Name == property.Name);
            if (member is null)
            {
                var nearest = shape.Members.FirstOrDefault(m => string.Equals(m.Name, property.Name, StringComparison.OrdinalIgnoreCase));
                Add(memberPath, $"{shape.Name} has no member {property.Name}" + (nearest is null ? string.Empty : $"; did you mean {nearest.Name}?"));
                continue;
            }

            present.Add(member.Name);
            Check(property.Value, _model.Shape(member.Target), memberPath);
        }

        // botocore fills idempotency tokens itself, so a payload may leave them out even when the model requires them.
        foreach (var member in shape.Members.Where(m => shape.Required.Contains(m.Name) && !m.IsIdempotencyToken && !present.Contains(m.Name)))
        {
            Add(WirePath.Member(path, member.Name), $"required member of {shape.Name} is missing");
        }

        if (shape.IsUnion && present.Count != 1)
        {
            Add(WirePath.Display(path), $"{shape.Name} is a union: exactly one of {string.Join(", ", shape.Members.Select(m => m.Name))} must be set, found {present.Count}");
        }
    }

    private void CheckList(JsonElement json, ServiceShape shape, string path)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            Expected("an array", json, path);
            return;
        }

        var item = _model.Shape(shape.ListMember!);
        var index = 0;
        foreach (var element in json.EnumerateArray())
        {
            Check(element, item, WirePath.Index(path, index++));
        }

        CheckCount(index, "items", shape, path);
    }

    private void CheckMap(JsonElement json, ServiceShape shape, string path)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            Expected("an object (map)", json, path);
            return;
        }

        var key = _model.Shape(shape.MapKey!);
        var value = _model.Shape(shape.MapValue!);
        var count = 0;
        foreach (var property in json.EnumerateObject())
        {
            var entryPath = WirePath.Member(path, property.Name);
            CheckText(property.Name, key, entryPath, "key ");
            Check(property.Value, value, entryPath);
            count++;
        }

        CheckCount(count, "entries", shape, path);
    }

    private void CheckString(JsonElement json, ServiceShape shape, string path)
    {
        if (json.ValueKind != JsonValueKind.String)
        {
            Expected("a string", json, path);
            return;
        }

        CheckText(json.GetString()!, shape, path, string.Empty);
    }

    private void CheckText(string text, ServiceShape shape, string path, string what)
    {
        if (shape.Enum is { } values && !values.Contains(text))
        {
            Add(path, $"{what}'{Shorten(text)}' is not one of {string.Join(", ", values)}");
        }

        // Lengths count Unicode code points, as the service does (a surrogate pair is one character).
        CheckBounds(CodePoints(text), shape, path, what + "length");

        if (shape.Pattern is { } pattern && !JavaRegex.IsFullMatch(pattern, text))
        {
            Add(path, $"{what}'{Shorten(text)}' does not match the pattern {pattern}");
        }
    }

    private void CheckInteger(JsonElement json, ServiceShape shape, string path, long min, long max)
    {
        var expected = min == int.MinValue ? "an integer (32-bit)" : "an integer (64-bit)";
        if (json.ValueKind != JsonValueKind.Number || !json.TryGetInt64(out var value) || value < min || value > max)
        {
            Expected(expected, json, path);
            return;
        }

        CheckBounds(value, shape, path, "value");
    }

    private void CheckNumber(JsonElement json, ServiceShape shape, string path)
    {
        if (json.ValueKind != JsonValueKind.Number)
        {
            Expected("a number", json, path);
            return;
        }

        CheckBounds(json.GetDouble(), shape, path, "value");
    }

    // boto3 takes a timestamp as epoch seconds or an ISO 8601 string.
    private void CheckTimestamp(JsonElement json, string path)
    {
        var valid = json.ValueKind == JsonValueKind.Number
            || (json.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(json.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));
        if (!valid)
        {
            Expected("a timestamp (epoch seconds or an ISO 8601 string)", json, path);
        }
    }

    private void CheckBlob(JsonElement json, ServiceShape shape, string path)
    {
        if (json.ValueKind != JsonValueKind.String || !json.TryGetBytesFromBase64(out var bytes))
        {
            Expected("a base64 string", json, path);
            return;
        }

        CheckBounds(bytes.Length, shape, path, "length in bytes");
    }

    private void CheckCount(int count, string unit, ServiceShape shape, string path) =>
        CheckBounds(count, shape, WirePath.Display(path), "number of " + unit);

    private void CheckBounds(double value, ServiceShape shape, string path, string what)
    {
        if (value < shape.Min)
        {
            Add(path, $"{what} {Format(value)} is less than the minimum {Format(shape.Min.Value)}");
        }

        if (value > shape.Max)
        {
            Add(path, $"{what} {Format(value)} is more than the maximum {Format(shape.Max.Value)}");
        }
    }

    private void Expected(string expected, JsonElement json, string path) =>
        Add(WirePath.Display(path), $"expected {expected} but found {Describe(json)}");

    private void Add(string path, string message) => _violations.Add(new Violation(path, message));

    private static string Describe(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string '{Shorten(json.GetString()!)}'",
        JsonValueKind.Number => "the number " + json.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => json.GetRawText(),
        _ => "null",
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 80) + "...";

    private static int CodePoints(string text) => text.EnumerateRunes().Count();
}
