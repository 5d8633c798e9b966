using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Wire;

/// <summary>
/// A security configuration document read from JSON: the model, what EMR would reject in it (<see cref="Errors"/>),
/// and members emrdsl does not check (<see cref="Unchecked"/>, such as <c>RangerConfiguration</c>), each at its JSON path.
/// A section whose required member is unusable is left out of <see cref="Spec"/>; its error says why.
/// </summary>
internal sealed record SecurityConfigurationDocument(
    SecurityConfigurationSpec Spec,
    IReadOnlyList<WireError> Errors,
    IReadOnlyList<WireError> Unchecked);
