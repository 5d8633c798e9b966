using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmrDsl.Generators.Tests;

/// <summary>MSBuild properties as the compiler hands them to generators: global options keyed <c>build_property.&lt;Name&gt;</c>.</summary>
internal sealed class ProjectProperties : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;

    /// <summary>A project that asks for the classes of typed payload constants (<c>EmrDslArtifactConstants</c>).</summary>
    public static ProjectProperties TypedConstants { get; } = new(("EmrDslArtifactConstants", "true"));

    public ProjectProperties(params (string Name, string Value)[] properties) =>
        _global = new Options(properties.ToDictionary(p => "build_property." + p.Name, p => p.Value));

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
