namespace EmrDsl.Wire;

/// <summary>
/// A spec record: an immutable API structure whose wire form is its static <c>Shape</c>. The build-time source map and
/// the importer reach the shape through this interface, not by looking up a member by name;
/// <c>SpecConventionTests</c> fails for a type that declares an <see cref="ApiShape{TSpec}"/> without implementing it.
/// </summary>
internal interface IApiSpec
{
    ISpecShape Shape { get; }
}
