using System;

namespace EmrDsl.Wire;

/// <summary>
/// Implemented by codecs whose values are (or contain) an API structure or enum, so a member can say what it holds.
/// Codecs of plain scalars, string lists and maps do not implement it.
/// </summary>
internal interface INestedCodec
{
    IApiShape? ItemShape { get; }

    Type? EnumType { get; }
}
