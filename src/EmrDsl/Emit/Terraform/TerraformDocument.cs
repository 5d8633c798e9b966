using System.Collections.Generic;
using EmrDsl.Json;

namespace EmrDsl.Emit.Terraform;

/// <summary>
/// The <c>{"output": ..., "resource": {TYPE: {NAME: body}}, "terraform": ..., "variable": ...}</c> document; sections,
/// types and names in ordinal order. Empty sections are left out.
/// </summary>
internal sealed class TerraformDocument
{
    public const string Cluster = "aws_emr_cluster";
    public const string InstanceGroup = "aws_emr_instance_group";
    public const string InstanceFleet = "aws_emr_instance_fleet";
    public const string ManagedScalingPolicy = "aws_emr_managed_scaling_policy";
    public const string SecurityConfiguration = "aws_emr_security_configuration";

    private readonly SortedDictionary<string, SortedDictionary<string, TerraformBody>> _resources = new(System.StringComparer.Ordinal);
    private readonly SortedDictionary<string, TerraformBody> _variables = new(System.StringComparer.Ordinal);
    private readonly SortedDictionary<string, TerraformBody> _outputs = new(System.StringComparer.Ordinal);
    private TerraformBody? _settings;

    public void Add(string type, string name, TerraformBody body)
    {
        if (!_resources.TryGetValue(type, out var named))
        {
            named = new SortedDictionary<string, TerraformBody>(System.StringComparer.Ordinal);
            _resources.Add(type, named);
        }

        named.Add(name, body);
    }

    /// <summary>The body of a resource added before, or null.</summary>
    public TerraformBody? Find(string type, string name) =>
        _resources.TryGetValue(type, out var named) && named.TryGetValue(name, out var body) ? body : null;

    /// <summary>A string variable with <c>sensitive = true</c> and no default; declaring it twice keeps the first description.</summary>
    public void AddSensitiveVariable(string name, string description)
    {
        if (!_variables.ContainsKey(name))
        {
            _variables.Add(name, new TerraformBody().String("description", description).Bool("sensitive", true).String("type", "string"));
        }
    }

    public void AddOutput(string name, string description, string resourceType, string resourceName, string attribute) =>
        _outputs[name] = new TerraformBody().String("description", description).Reference("value", resourceType, resourceName, attribute);

    /// <summary>The <c>terraform</c> block: settings such as <c>required_providers</c>.</summary>
    public void Settings(TerraformBody settings) => _settings = settings;

    /// <summary>
    /// <c>terraform { required_providers { aws = { source = "hashicorp/aws", version = "~> 6.25" } } }</c>: the provider the
    /// schema EmrDsl writes against was taken from, and any later release of that major version.
    /// </summary>
    public void RequireAwsProvider()
    {
        var version = TerraformOptions.ProviderVersion;
        Settings(new TerraformBody().Attribute(
            "required_providers",
            new JsonObject().Add("aws", new JsonObject().Add("source", new JsonString("hashicorp/aws")).Add("version", new JsonString("~> " + version.Substring(0, version.LastIndexOf('.')))))));
    }

    public JsonObject ToJson()
    {
        var types = new JsonObject();
        foreach (var type in _resources)
        {
            types.Add(type.Key, Named(type.Value));
        }

        var document = new JsonObject();
        if (_outputs.Count > 0)
        {
            document.Add("output", Named(_outputs));
        }

        document.Add("resource", types);
        if (_settings is { IsEmpty: false })
        {
            document.Add("terraform", _settings.ToJson());
        }

        if (_variables.Count > 0)
        {
            document.Add("variable", Named(_variables));
        }

        return document;
    }

    private static JsonObject Named(SortedDictionary<string, TerraformBody> bodies)
    {
        var named = new JsonObject();
        foreach (var body in bodies)
        {
            named.Add(body.Key, body.Value.ToJson());
        }

        return named;
    }
}
