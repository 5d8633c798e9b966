using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using EmrDsl.Generators.Tests;

namespace EmrDsl.Robustness.Tests.Properties;

/// <summary>
/// Hostile text in every string field round-trips: through RunJobFlow JSON, through Terraform JSON (never as a
/// live template), and through the generator's C# constant.
/// </summary>
public sealed class EscapingTests
{
    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 60));

    public static TheoryData<int> GeneratorSeeds() => new(Enumerable.Range(1, 8));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RunJobFlow_json_parses_back_to_the_values_written(int seed)
    {
        var input = HostileCluster.From(seed);
        using var json = JsonDocument.Parse(input.ToCluster().ToRunJobFlowJson());
        var root = json.RootElement;

        Assert.Equal(input.Name, JsonStrings.Read(root.GetProperty("Name")));
        Assert.Equal(input.LogUri, JsonStrings.Read(root.GetProperty("LogUri")));
        var tag = root.GetProperty("Tags")[0];
        Assert.Equal((input.TagKey, input.TagValue), (JsonStrings.Read(tag.GetProperty("Key")), JsonStrings.Read(tag.GetProperty("Value"))));
        var bootstrap = root.GetProperty("BootstrapActions")[0];
        Assert.Equal(input.BootstrapName, JsonStrings.Read(bootstrap.GetProperty("Name")));
        Assert.Equal(input.BootstrapArgs, Strings(bootstrap.GetProperty("ScriptBootstrapAction").GetProperty("Args")));
        var configuration = root.GetProperty("Configurations")[0];
        Assert.Equal(input.Classification, JsonStrings.Read(configuration.GetProperty("Classification")));
        var property = Assert.Single(JsonStrings.Members(configuration.GetProperty("Properties")));
        Assert.Equal((input.PropertyKey, input.PropertyValue), (property.Name, JsonStrings.Read(property.Value)));
        var step = root.GetProperty("Steps")[0];
        Assert.Equal(input.StepName, JsonStrings.Read(step.GetProperty("Name")));
        Assert.Equal(input.StepCommand, Strings(step.GetProperty("HadoopJarStep").GetProperty("Args")));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Terraform_json_holds_user_text_only_as_escaped_templates(int seed)
    {
        var input = HostileCluster.From(seed);
        using var json = JsonDocument.Parse(input.ToCluster().ToTerraformJson());
        var cluster = Assert.Single(JsonStrings.Members(json.RootElement.GetProperty("resource").GetProperty("aws_emr_cluster"))).Value;

        // No string of the resources (names included) would interpolate: the cluster has no references of its own. The
        // outputs hold the only live templates, the emitter's references to the cluster's id and ARN.
        Assert.All(AllStrings(json.RootElement.GetProperty("resource")), s => Assert.True(TerraformText.Unescape(s) is not null, $"seed {seed}: live template in {s}"));
        Assert.All(
            JsonStrings.Members(json.RootElement.GetProperty("output")),
            output => Assert.Matches(@"^\$\{aws_emr_cluster\.[A-Za-z_][A-Za-z0-9_-]*\.(id|arn)\}$", output.Value.GetProperty("value").GetString()));

        Assert.Equal(input.Name, Literal(cluster.GetProperty("name")));
        Assert.Equal(input.LogUri, Literal(cluster.GetProperty("log_uri")));
        var tag = Assert.Single(JsonStrings.Members(cluster.GetProperty("tags")));
        Assert.Equal((input.TagKey, input.TagValue), (TerraformText.Unescape(tag.Name), Literal(tag.Value)));
        var bootstrap = cluster.GetProperty("bootstrap_action")[0];
        Assert.Equal(input.BootstrapName, Literal(bootstrap.GetProperty("name")));
        Assert.Equal(input.BootstrapArgs, bootstrap.GetProperty("args").EnumerateArray().Select(Literal));
        var step = cluster.GetProperty("step")[0];
        Assert.Equal(input.StepName, Literal(step.GetProperty("name")));
        Assert.Equal(input.StepCommand, step.GetProperty("hadoop_jar_step")[0].GetProperty("args").EnumerateArray().Select(Literal));

        // configurations_json is JSON inside a template: unescape the template, then read the JSON.
        using var configurations = JsonDocument.Parse(Literal(cluster.GetProperty("configurations_json"))!);
        var configuration = configurations.RootElement[0];
        Assert.Equal(input.Classification, JsonStrings.Read(configuration.GetProperty("Classification")));
        var property = Assert.Single(JsonStrings.Members(configuration.GetProperty("Properties")));
        Assert.Equal((input.PropertyKey, input.PropertyValue), (property.Name, JsonStrings.Read(property.Value)));
    }

    [Theory]
    [MemberData(nameof(GeneratorSeeds))]
    public void The_generated_constants_equal_the_run_time_strings(int seed)
    {
        var input = HostileCluster.From(seed);
        var outcome = GeneratorHarness.Run(input.ToDefinition());

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.OutputErrors());
        using var runtime = RuntimeLoader.Load(outcome.Output);
        var cluster = (Cluster)runtime.Get("Hostile", "C")!;
        Assert.Equal(input.Name, cluster.Spec.Name);
        Assert.Equal(cluster.ToRunJobFlowJson(), runtime.Constant("Hostile+CArtifacts", "RunJobFlowJson"));
        Assert.Equal(cluster.ToTerraformJson(), runtime.Constant("Hostile+CArtifacts", "TerraformJson"));
        Assert.Equal(input.Name, runtime.Constant("Hostile+CArtifacts", "ClusterName"));
    }

    [Theory]
    [InlineData("line one\nline two")]
    [InlineData("a\n   \nb")]
    [InlineData("  indented\n\tand tabbed\n")]
    [InlineData("\"\"\"\nquotes\"\"\"\"")]
    [InlineData("x\u2028y\nz\u2029")]
    [InlineData("x\u0085y\nz")]
    [InlineData("\ufeffbom\n\u00a0nbsp")]
    [InlineData("pair \U0001F600\nlone \ud800")]
    [InlineData("cr\r\nlf\n")]
    public void A_multi_line_cluster_name_is_the_same_constant_in_raw_and_escaped_literals(string name)
    {
        var source = "using EmrDsl; public static partial class Defs { [EmrCluster(FileName = \"n\")] public static Cluster C => Cluster.Create(" + Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(name, quote: true) + "); }";
        foreach (var version in new[] { Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10 })
        {
            var outcome = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.ParseOptions(version), source));

            Assert.Empty(outcome.Diagnostics);
            Assert.Empty(outcome.OutputErrors());
            using var runtime = RuntimeLoader.Load(outcome.Output);
            Assert.Equal(name, runtime.Constant("Defs+CArtifacts", "ClusterName"));
        }
    }

    [Fact]
    public void The_hostile_text_generator_covers_every_kind_of_trouble()
    {
        var all = string.Concat(Enumerable.Range(1, 60).Select(HostileCluster.From).Select(c => c.Name + c.TagValue + c.PropertyValue + string.Concat(c.StepArgs)));

        Assert.All(new[] { "${", "%{", "$${", "\"", "\\", "\u2028", "\u2029", "\0", "\n" }, piece => Assert.Contains(piece, all, System.StringComparison.Ordinal));
        Assert.True(JsonStrings.HasUnpairedSurrogate(all));
        Assert.Contains(all.Select((c, i) => char.IsSurrogatePair(all, i)), pair => pair);
        Assert.Contains(Enumerable.Range(1, 60).Select(HostileCluster.From), c => c.TagValue.Length > 1000);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("$${x}", "${x}")]
    [InlineData("%%{if}", "%{if}")]
    [InlineData("$$${x}", "$${x}")]
    [InlineData("cost $5 {net}", "cost $5 {net}")]
    [InlineData("${x}", null)]
    [InlineData("a%{if}", null)]
    public void Terraform_unescaping_reads_escapes_and_refuses_live_templates(string template, string? expected) =>
        Assert.Equal(expected, TerraformText.Unescape(template));

    private static string? Literal(JsonElement element) => TerraformText.Unescape(JsonStrings.Read(element));

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(JsonStrings.Read);

    private static IEnumerable<string> AllStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => new[] { JsonStrings.Read(element) },
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllStrings),
        JsonValueKind.Object => JsonStrings.Members(element).SelectMany(m => AllStrings(m.Value).Prepend(m.Name)),
        _ => Enumerable.Empty<string>(),
    };
}
