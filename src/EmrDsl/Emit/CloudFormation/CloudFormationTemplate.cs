using System.Collections.Generic;
using EmrDsl.Json;

namespace EmrDsl.Emit.CloudFormation;

/// <summary>
/// The template: <c>AWSTemplateFormatVersion</c>, <c>Description</c>, <c>Parameters</c> (by name), <c>Resources</c> and
/// <c>Outputs</c> (in the order they were added). Every object inside a resource's <c>Properties</c> is written with its
/// members in ordinal order, so the output is deterministic. Empty sections are left out.
/// </summary>
internal sealed class CloudFormationTemplate
{
    public const string FormatVersion = "2010-09-09";

    private readonly SortedDictionary<string, JsonObject> _parameters = new(System.StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, JsonObject>> _resources = new();
    private readonly List<KeyValuePair<string, JsonObject>> _outputs = new();

    public string? Description { get; set; }

    public static JsonObject Ref(string logicalId) => new JsonObject().Add("Ref", new JsonString(logicalId));

    public static JsonObject GetAtt(string logicalId, string attribute) =>
        new JsonObject().Add("Fn::GetAtt", new JsonArray(new JsonValue[] { new JsonString(logicalId), new JsonString(attribute) }));

    /// <summary>A <c>String</c> parameter with <c>NoEcho</c> and no default; declaring it twice keeps the first description.</summary>
    public void AddSecretParameter(string name, string description)
    {
        if (!_parameters.ContainsKey(name))
        {
            _parameters.Add(name, new JsonObject()
                .Add("Description", new JsonString(description))
                .Add("NoEcho", JsonBool.True)
                .Add("Type", new JsonString("String")));
        }
    }

    public void AddResource(string logicalId, string type, JsonObject properties, string? dependsOn = null)
    {
        var resource = new JsonObject().Add("Type", new JsonString(type));
        if (dependsOn is not null)
        {
            resource.Add("DependsOn", new JsonString(dependsOn));
        }

        resource.Add("Properties", (JsonObject)Sorted(properties));
        _resources.Add(new(logicalId, resource));
    }

    public void AddOutput(string name, string description, JsonObject value) =>
        _outputs.Add(new(name, new JsonObject().Add("Description", new JsonString(description)).Add("Value", value)));

    public JsonObject ToJson()
    {
        var template = new JsonObject().Add("AWSTemplateFormatVersion", new JsonString(FormatVersion));
        if (Description is not null)
        {
            template.Add("Description", new JsonString(Description));
        }

        if (_parameters.Count > 0)
        {
            var parameters = new JsonObject();
            foreach (var parameter in _parameters)
            {
                parameters.Add(parameter.Key, parameter.Value);
            }

            template.Add("Parameters", parameters);
        }

        template.Add("Resources", Section(_resources));
        if (_outputs.Count > 0)
        {
            template.Add("Outputs", Section(_outputs));
        }

        return template;
    }

    private static JsonObject Section(List<KeyValuePair<string, JsonObject>> entries)
    {
        var section = new JsonObject();
        foreach (var entry in entries)
        {
            section.Add(entry.Key, entry.Value);
        }

        return section;
    }

    private static JsonValue Sorted(JsonValue value)
    {
        switch (value)
        {
            case JsonObject obj:
                var members = new List<KeyValuePair<string, JsonValue>>(obj.Members);
                members.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
                var sorted = new JsonObject();
                foreach (var member in members)
                {
                    sorted.Add(member.Key, Sorted(member.Value));
                }

                return sorted;
            case JsonArray array:
                var items = new List<JsonValue>();
                foreach (var item in array.Items)
                {
                    items.Add(Sorted(item));
                }

                return new JsonArray(items);
            default:
                return value;
        }
    }
}
