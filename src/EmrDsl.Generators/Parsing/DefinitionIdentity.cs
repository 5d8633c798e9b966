using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EmrDsl.Generators.Specs;
using EmrDsl.Model;

namespace EmrDsl.Generators.Parsing;

/// <summary>What must be unique across definitions: the cluster name and the artifact file name.</summary>
internal sealed record DefinitionIdentity(string Name, LocationInfo Location, string? ClusterName, string? FileName)
{
    public static DefinitionIdentity Of(ClusterDefinition definition) =>
        new(definition.Name, definition.Location, definition.ClusterName, definition.FileName);

    /// <summary>EMRG005 on every definition that repeats an earlier one's name, pointing at the earlier one too.</summary>
    public static EquatableArray<DiagnosticInfo> Duplicates(ImmutableArray<DefinitionIdentity> identities)
    {
        var ordered = identities
            .OrderBy(i => i.Location.FilePath, StringComparer.Ordinal)
            .ThenBy(i => i.Location.Span.Start)
            .ToList();
        // File names clash case-insensitively: the artifacts may land on a case-insensitive file system.
        return Find(ordered, "cluster name", i => i.ClusterName, StringComparer.Ordinal)
            .Concat(Find(ordered, "file name", i => i.FileName, StringComparer.OrdinalIgnoreCase))
            .ToEquatableArray();
    }

    private static IEnumerable<DiagnosticInfo> Find(List<DefinitionIdentity> ordered, string what, Func<DefinitionIdentity, string?> key, StringComparer comparer)
    {
        var first = new Dictionary<string, DefinitionIdentity>(comparer);
        foreach (var identity in ordered)
        {
            if (key(identity) is not { } value)
            {
                continue;
            }

            if (first.TryGetValue(value, out var earlier))
            {
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateDefinition, identity.Location, identity.Name, what, value, earlier.Name) with
                {
                    AdditionalLocations = EquatableArray.Create(earlier.Location),
                };
            }
            else
            {
                first.Add(value, identity);
            }
        }
    }
}
