using System.Collections.Generic;

namespace EmrDsl.Wire;

/// <summary>
/// A non-generic view of an <see cref="ApiShape{TSpec}"/>, for code that walks every shape of the API
/// (cross-checks against the service model, rules that apply to any member).
/// </summary>
internal interface IApiShape
{
    /// <summary>The structure's name in the service model (for example <c>InstanceGroupConfig</c>).</summary>
    string ApiName { get; }

    /// <summary>The wire members, in the service model's order.</summary>
    IReadOnlyList<IApiMember> Members { get; }
}
