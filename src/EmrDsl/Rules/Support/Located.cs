using EmrDsl.Wire;

namespace EmrDsl.Rules.Support;

/// <summary>
/// A value found in the request and where: <c>parent[index].member</c>, with either part optional. The path is put
/// together only when asked for, which is when a rule reports the value: the rules look at every value of every
/// definition in every build, and almost none of them become findings.
/// </summary>
internal readonly struct Located<T>
{
    private readonly string _parent;
    private readonly int _index;
    private readonly string? _member;

    public Located(T value, string path)
        : this(value, path, -1, null)
    {
    }

    private Located(T value, string parent, int index, string? member)
    {
        Value = value;
        _parent = parent;
        _index = index;
        _member = member;
    }

    public T Value { get; }

    public string Path
    {
        get
        {
            var path = _index < 0 ? _parent : WirePath.Index(_parent, _index);
            return _member is null ? path : WirePath.Member(path, _member);
        }
    }

    /// <summary>Another value found at the same place (a property's <c>key=value</c> text for the property).</summary>
    public Located<TOther> WithValue<TOther>(TOther value) => new(value, _parent, _index, _member);

    /// <summary>The member <paramref name="name"/> of the value here, which holds <paramref name="value"/>.</summary>
    public Located<TOther> Child<TOther>(TOther value, string name) =>
        _member is null ? new(value, _parent, _index, name) : new(value, Path, -1, name);

    /// <summary>The item at <paramref name="index"/> of the list at <paramref name="list"/>.</summary>
    public static Located<T> Item(T value, string list, int index) => new(value, list, index, null);

    /// <summary>The member <paramref name="name"/> of the structure at <paramref name="parent"/>.</summary>
    public static Located<T> Member(T value, string parent, string name) => new(value, parent, -1, name);
}
