using System;
using System.Linq;
using System.Runtime.CompilerServices;
using EmrDsl.Generators;
using EmrDsl.Generators.Analysis;

namespace EmrDsl.Analyzers.Tests;

/// <summary>
/// The analyzers use the generator's assembly through a small public seam (<see cref="CompilationDefinitions"/>), not
/// its internals: the evaluator, its caches and the generator's specs can change without the analyzers noticing.
/// </summary>
public sealed class AnalyzerSeamTests
{
    [Fact]
    public void The_generator_assembly_opens_its_internals_to_no_shipped_assembly()
    {
        var friends = typeof(DefinitionGenerator).Assembly.GetCustomAttributes(typeof(InternalsVisibleToAttribute), inherit: false)
            .Cast<InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName);

        Assert.All(friends, name => Assert.EndsWith(".Tests", name, StringComparison.Ordinal));
    }

    [Fact]
    public void Of_the_generator_namespaces_only_the_generator_and_the_analysis_seam_are_public()
    {
        var exported = typeof(DefinitionGenerator).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("EmrDsl.Generators", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(
            new[]
            {
                typeof(CompilationDefinitions).FullName, typeof(EvaluatedDefinition).FullName, typeof(LocatedFinding).FullName,
                typeof(DefinitionGenerator).FullName,
            },
            exported);
    }
}
