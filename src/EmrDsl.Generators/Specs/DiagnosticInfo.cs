using System.Linq;
using EmrDsl.Model;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Specs;

/// <summary>A diagnostic as equatable data; the <see cref="Diagnostic"/> is rebuilt only when it is reported.</summary>
public sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    LocationInfo? Location,
    EquatableArray<string> MessageArgs,
    EquatableArray<LocationInfo> AdditionalLocations)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs) =>
        new(descriptor, location, EquatableArray.Create(messageArgs), EquatableArray<LocationInfo>.Empty);

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(
            Descriptor,
            Location?.ToLocation(),
            AdditionalLocations.Select(l => l.ToLocation()),
            MessageArgs.ToArray<object>());
}
