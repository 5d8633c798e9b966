using System.Linq;
using EmrDsl.Model;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Specs;

/// <summary>A diagnostic as equatable data; the <see cref="Diagnostic"/> is rebuilt only when it is reported.</summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    LocationInfo? Location,
    EquatableArray<string> MessageArgs,
    EquatableArray<LocationInfo> AdditionalLocations)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs) =>
        new(descriptor, location, EquatableArray.Create(messageArgs), EquatableArray<LocationInfo>.Empty);

    /// <summary>The diagnostic at its place in <paramref name="locations"/>' trees, so it can be suppressed in source.</summary>
    internal Diagnostic ToDiagnostic(SourceLocations locations) =>
        Diagnostic.Create(
            Descriptor,
            Location is null ? null : locations.ToLocation(Location),
            AdditionalLocations.Select(locations.ToLocation),
            MessageArgs.ToArray<object>());
}
