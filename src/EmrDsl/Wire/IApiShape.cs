using System.Collections.Generic;

namespace EmrDsl.Wire;

/// <summary>
/// A non-generic view of an <see cref="ApiShape{TSpec}"/>, so checks such as the API's member limits can walk
/// any spec tree without knowing its types.
/// </summary>
public interface IApiShape
{
    /// <summary>The structure's name in the service model (for example <c>InstanceGroupConfig</c>).</summary>
    string ApiName { get; }

    IReadOnlyList<IApiShapeMember> Members { get; }
}

/// <summary>One member of an <see cref="IApiShape"/>.</summary>
public interface IApiShapeMember
{
    string Name { get; }

    MemberLimits Limits { get; }

    /// <summary>The member's value boxed (null when absent); lists come as <see cref="System.Collections.IEnumerable"/>.</summary>
    object? GetValue(object spec);

    /// <summary>The shape of the member's value (or of each item) when it is an object or a list of objects; otherwise null.</summary>
    IApiShape? NestedShape { get; }
}

/// <summary>Implemented by codecs whose values are API structures, so a member can expose its nested shape.</summary>
internal interface INestedShapeCodec
{
    IApiShape? NestedShape { get; }
}
