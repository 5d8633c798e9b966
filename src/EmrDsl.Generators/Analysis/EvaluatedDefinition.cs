using System;
using System.Collections.Generic;
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
    /// Runs <paramref name="rules"/> on <see cref="Value"/> under the invariant culture (as the generator writes the
    /// artifacts) and places each finding: <see cref="LocatedFinding.At"/> is the call in this definition that set the
    /// value it is about, or null when that is not in the compilation's source.
    /// </summary>
    public IReadOnlyList<LocatedFinding> Check(Func<object, IEnumerable<Finding>> rules)
    {
        using var culture = InvariantCultureScope.Enter();
        var located = new List<LocatedFinding>();
        foreach (var finding in rules(Value))
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
