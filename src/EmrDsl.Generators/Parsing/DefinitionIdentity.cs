using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EmrDsl.Generators.Specs;
using EmrDsl.Model;

namespace EmrDsl.Generators.Parsing;

/// <summary>
/// What must be unique across definitions of every kind: the artifact file name (all artifacts land in one folder)
/// and the name among resources of one kind (two clusters, or two applications; a cluster may share an application's name).
/// </summary>
internal sealed record DefinitionIdentity(string Name, LocationInfo Location, DefinitionResource? Resource, string? FileName)
{
    public static DefinitionIdentity Of(Definition definition) =>
        new(definition.Name, definition.Location, definition.Resource, definition.FileName);

    /// <summary>EMRG005 on every definition that repeats an earlier one's name, pointing at the earlier one too.</summary>
    public static EquatableArray<DiagnosticInfo> Duplicates(ImmutableArray<DefinitionIdentity> identities)
    {
        var ordered = identities
            .OrderBy(i => i.Location.FilePath, StringComparer.Ordinal)
            .ThenBy(i => i.Location.Span.Start)
            .ToList();
        // File names clash case-insensitively: the artifacts may land on a case-insensitive file system.
        return Find(ordered, i => i.Resource is { Name: { } name } resource ? (resource.Noun + " name", name) : null, StringComparer.Ordinal)
            .Concat(Find(ordered, i => i.FileName is { } fileName ? ("file name", fileName) : null, StringComparer.OrdinalIgnoreCase))
            .ToEquatableArray();
    }

    /// <param name="key">What is compared ("cluster name", "etl"); values clash only under the same label.</param>
    private static IEnumerable<DiagnosticInfo> Find(List<DefinitionIdentity> ordered, Func<DefinitionIdentity, (string What, string Value)?> key, StringComparer comparer)
    {
        // The label is part of the key, so a cluster and an application may share a name.
        var first = new Dictionary<string, DefinitionIdentity>(comparer);
        foreach (var identity in ordered)
        {
            if (key(identity) is not { } labelled)
            {
                continue;
            }

            var (what, value) = labelled;
            var compared = what + ": " + value;
            if (first.TryGetValue(compared, out var earlier))
            {
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateDefinition, identity.Location, identity.Name, what, value, earlier.Name) with
                {
                    AdditionalLocations = EquatableArray.Create(earlier.Location),
                };
            }
            else
            {
                first.Add(compared, identity);
            }
        }
    }
}
