using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Generators.Caching;
using EmrDsl.Generators.Evaluation;
using EmrDsl.Generators.Specs;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Analysis;

/// <summary>A definition's DSL value, and the DSL call in source each finding about it belongs at.</summary>
public sealed class EvaluatedDefinition
{
    private readonly SourceMap _sourceMap;
    private readonly SourceLocations _locations;

    internal EvaluatedDefinition(object value, SourceMap sourceMap, SourceLocations locations)
    {
        Value = value;
        _sourceMap = sourceMap;
        _locations = locations;
    }

    /// <summary>The <c>Cluster</c>, <c>ServerlessJobRun</c>, ... the definition evaluates to, as at run time.</summary>
    public object Value { get; }

    /// <summary>
    /// Runs <paramref name="rules"/> on <see cref="Value"/> with <paramref name="context"/> under the invariant culture (as
    /// the generator writes the artifacts) and places each finding: <see cref="LocatedFinding.At"/> is the call in this
    /// definition that set the value it is about, or null when that is not in the compilation's source.
    /// </summary>
    /// <remarks>
    /// The rules are a pure function of the value and the context, and an unchanged definition keeps its value from one
    /// compilation to the next (<see cref="EvaluationCache"/>), so their findings are kept with the value
    /// (<see cref="GeneratorCaches.RuleFindings"/>): after an edit the analyzers run the rules only on the definitions
    /// it changed. Only placing the findings depends on the compilation.
    /// </remarks>
    public IReadOnlyList<LocatedFinding> Check(RuleContext context, Func<object, RuleContext, IEnumerable<Finding>> rules)
    {
        var value = Value;
        var findings = GeneratorCaches.RuleFindings.GetValue(value, static _ => new ConcurrentDictionary<RuleContext, Finding[]>())
            .GetOrAdd(context, c =>
            {
                using var culture = InvariantCultureScope.Enter();
                return rules(value, c).ToArray();
            });
        var located = new List<LocatedFinding>(findings.Length);
        foreach (var finding in findings)
        {
            var inner = _sourceMap.Find(finding.Path)?.Inner;
            located.Add(new LocatedFinding(finding, _locations.Find(_sourceMap.Resolve(finding.Path)), inner is null ? null : _locations.Find(inner)));
        }

        return located;
    }
}

/// <summary>A finding and where it goes.</summary>
/// <param name="Finding">What a rule found.</param>
/// <param name="At">The DSL call that set the value, or null when it is not in the compilation's source.</param>
/// <param name="Inner">For a call made inside a helper, the call itself (<see cref="At"/> is then the helper's call).</param>
public sealed record LocatedFinding(Finding Finding, Location? At, Location? Inner);
