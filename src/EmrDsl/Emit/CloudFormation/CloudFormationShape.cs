using System;
using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Wire;

namespace EmrDsl.Emit.CloudFormation;

/// <summary>
/// How one API structure becomes one CloudFormation property type: each request member is copied (under its own name or
/// a new one), translated through a nested shape, parsed from JSON text, or refused with a reason. A member the table
/// does not name is refused too, so a member added to the API later is never dropped without a word. Properties the
/// resource type requires are checked after the translation.
/// </summary>
internal sealed class CloudFormationShape
{
    private readonly Dictionary<string, Rule> _rules = new(StringComparer.Ordinal);
    private readonly List<(string Property, string Reason)> _required = new();

    /// <param name="owner">The CloudFormation type the shape belongs to, for messages: <c>AWS::EMR::Cluster</c>.</param>
    /// <param name="pascalCase">Whether request members are camelCase (EMR Serverless) and become PascalCase properties.</param>
    public CloudFormationShape(string owner, bool pascalCase = false)
    {
        Owner = owner;
        PascalCase = pascalCase;
    }

    public string Owner { get; }

    private bool PascalCase { get; }

    /// <summary>Scalars and string lists copied as they are, under their own (PascalCase) names.</summary>
    public CloudFormationShape Same(params string[] members)
    {
        foreach (var member in members)
        {
            _rules.Add(member, new Rule(Property(member), null, RuleKind.Copy, null));
        }

        return this;
    }

    public CloudFormationShape Renamed(string member, string property)
    {
        _rules.Add(member, new Rule(property, null, RuleKind.Copy, null));
        return this;
    }

    /// <summary>An object, or a list of objects, translated through <paramref name="shape"/>.</summary>
    public CloudFormationShape Nested(string member, Func<CloudFormationShape> shape, string? property = null)
    {
        _rules.Add(member, new Rule(property ?? Property(member), shape, RuleKind.Nested, null));
        return this;
    }

    /// <summary>A map of the caller's keys (<c>{"k": v}</c>) written as the list of key/value pairs CloudFormation takes.</summary>
    public CloudFormationShape PairList(string member, string property, Func<CloudFormationShape>? valueShape = null)
    {
        _rules.Add(member, new Rule(property, valueShape, RuleKind.PairList, null));
        return this;
    }

    /// <summary>A map whose keys are the caller's own, kept as a map; each value goes through <paramref name="valueShape"/> when given.</summary>
    public CloudFormationShape Map(string member, string? property = null, Func<CloudFormationShape>? valueShape = null)
    {
        _rules.Add(member, new Rule(property ?? Property(member), valueShape, RuleKind.Map, null));
        return this;
    }

    /// <summary>A string holding a JSON document, written as the document (the property's type is <c>Json</c>).</summary>
    public CloudFormationShape JsonText(string member)
    {
        _rules.Add(member, new Rule(Property(member), null, RuleKind.JsonText, null));
        return this;
    }

    /// <summary>A member the resource type has no property for: refused with <paramref name="reason"/> (say how to get by without it).</summary>
    public CloudFormationShape Refused(string member, string reason)
    {
        _rules.Add(member, new Rule(string.Empty, null, RuleKind.Refused, reason));
        return this;
    }

    /// <summary>A member the writer handles itself (it is not copied, and not refused).</summary>
    public CloudFormationShape Handled(params string[] members)
    {
        foreach (var member in members)
        {
            _rules.Add(member, new Rule(string.Empty, null, RuleKind.Handled, null));
        }

        return this;
    }

    /// <summary>A property the resource type requires; <paramref name="reason"/> says how to set it.</summary>
    public CloudFormationShape Requires(string property, string reason)
    {
        _required.Add((property, reason));
        return this;
    }

    /// <summary>The properties for the request object <paramref name="request"/> found at <paramref name="path"/>.</summary>
    public JsonObject Translate(JsonObject request, string path, CloudFormationSecrets secrets)
    {
        var properties = new JsonObject();
        foreach (var member in request.Members)
        {
            var memberPath = WirePath.Member(path, member.Key);
            if (!_rules.TryGetValue(member.Key, out var rule))
            {
                throw CloudFormationRefusal.Create(memberPath, $"{Owner} has no property for {member.Key}; remove it, or deploy this definition with its API request instead.");
            }

            switch (rule.Kind)
            {
                case RuleKind.Handled:
                    break;
                case RuleKind.Refused:
                    throw CloudFormationRefusal.Create(memberPath, rule.Reason!);
                case RuleKind.JsonText:
                    properties.Add(rule.Property, ParseJson(member.Value, memberPath));
                    break;
                case RuleKind.PairList:
                    properties.Add(rule.Property, Pairs(member.Value, memberPath, rule.Shape, secrets));
                    break;
                case RuleKind.Map:
                    properties.Add(rule.Property, MapValues(member.Value, memberPath, rule.Shape, secrets));
                    break;
                case RuleKind.Nested:
                    properties.Add(rule.Property, Value(member.Value, memberPath, rule.Shape!(), secrets));
                    break;
                default:
                    properties.Add(rule.Property, Value(member.Value, memberPath, null, secrets));
                    break;
            }
        }

        foreach (var (property, reason) in _required)
        {
            if (properties[property] is null)
            {
                throw CloudFormationRefusal.Create(WirePath.Member(path, MemberFor(property)), $"{Owner} requires {property}; {reason}");
            }
        }

        return properties;
    }

    private string Property(string member) =>
        PascalCase && member.Length > 0 ? char.ToUpperInvariant(member[0]) + member.Substring(1) : member;

    /// <summary>The request member a property is written from, for the path of a missing one.</summary>
    private string MemberFor(string property)
    {
        foreach (var rule in _rules)
        {
            if (rule.Value.Property == property)
            {
                return rule.Key;
            }
        }

        return property;
    }

    private static JsonValue Value(JsonValue value, string path, CloudFormationShape? shape, CloudFormationSecrets secrets)
    {
        switch (value)
        {
            case JsonObject obj when shape is not null:
                return shape.Translate(obj, path, secrets);
            case JsonArray array:
                var items = new List<JsonValue>();
                for (var i = 0; i < array.Items.Count; i++)
                {
                    items.Add(Value(array.Items[i], WirePath.Index(path, i), shape, secrets));
                }

                return new JsonArray(items);
            case JsonString text:
                return secrets.Resolve(path, text);
            default:
                return value;
        }
    }

    private static JsonObject MapValues(JsonValue value, string path, Func<CloudFormationShape>? shape, CloudFormationSecrets secrets)
    {
        var map = new JsonObject();
        foreach (var entry in ((JsonObject)value).Members)
        {
            map.Add(entry.Key, Value(entry.Value, WirePath.Member(path, entry.Key), shape?.Invoke(), secrets));
        }

        return map;
    }

    private static JsonArray Pairs(JsonValue value, string path, Func<CloudFormationShape>? shape, CloudFormationSecrets secrets)
    {
        var pairs = new List<JsonValue>();
        foreach (var entry in ((JsonObject)value).Members)
        {
            pairs.Add(new JsonObject()
                .Add("Key", new JsonString(entry.Key))
                .Add("Value", Value(entry.Value, WirePath.Member(path, entry.Key), shape?.Invoke(), secrets)));
        }

        return new JsonArray(pairs);
    }

    private static JsonValue ParseJson(JsonValue value, string path)
    {
        try
        {
            return JsonParser.Parse(((JsonString)value).Value);
        }
        catch (JsonParseException e)
        {
            throw CloudFormationRefusal.Create(path, "CloudFormation takes this member as a JSON document, and its text is not valid JSON: " + e.Message);
        }
    }

    private enum RuleKind
    {
        Copy,
        Nested,
        PairList,
        Map,
        JsonText,
        Refused,
        Handled,
    }

    private sealed record Rule(string Property, Func<CloudFormationShape>? Shape, RuleKind Kind, string? Reason);
}
