using System;

namespace EmrDsl.Wire;

/// <summary>A non-generic view of one member of an <see cref="IApiShape"/>.</summary>
internal interface IApiMember
{
    string Name { get; }

    MemberLimits Limits { get; }

    /// <summary>The member's value boxed (null when absent); lists come as <see cref="System.Collections.IEnumerable"/>.</summary>
    object? GetValue(object spec);

    /// <summary>The structure the member holds, or the structure of its list's items; null for scalars, string lists and maps.</summary>
    IApiShape? ItemShape { get; }

    /// <summary>The <see cref="ApiValueAttribute"/>-mapped enum the member holds; null when it holds no enum.</summary>
    Type? EnumType { get; }
}
