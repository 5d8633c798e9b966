using System;
using System.Collections;
using System.Collections.Generic;

namespace EmrDsl.Model;

/// <summary>
/// An immutable array with value equality, so specs that hold lists compare by content
/// (records alone would compare arrays by reference, which breaks incremental caching).
/// </summary>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? _items;

    public EquatableArray(IEnumerable<T> items) => _items = new List<T>(items).ToArray();

    private EquatableArray(T[] items) => _items = items;

    public static EquatableArray<T> Empty => default;

    public int Count => _items?.Length ?? 0;

    public bool IsEmpty => Count == 0;

    public T this[int index] => (_items ?? Array.Empty<T>())[index];

    public EquatableArray<T> Add(T item)
    {
        var copy = new T[Count + 1];
        _items?.CopyTo(copy, 0);
        copy[Count] = item;
        return new EquatableArray<T>(copy);
    }

    public EquatableArray<T> AddRange(IEnumerable<T> items)
    {
        var list = new List<T>(this);
        list.AddRange(items);
        return new EquatableArray<T>(list.ToArray());
    }

    public EquatableArray<T> SetItem(int index, T item)
    {
        var copy = (T[])(_items ?? Array.Empty<T>()).Clone();
        copy[index] = item;
        return new EquatableArray<T>(copy);
    }

    public EquatableArray<T> RemoveAt(int index)
    {
        var list = new List<T>(this);
        list.RemoveAt(index);
        return new EquatableArray<T>(list.ToArray());
    }

    public int FindIndex(Predicate<T> match) => _items is null ? -1 : Array.FindIndex(_items, match);

    public bool Equals(EquatableArray<T> other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Count; i++)
        {
            if (!comparer.Equals(this[i], other[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in this)
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item)));
        }

        return hash;
    }

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Creates <see cref="EquatableArray{T}"/> values.</summary>
public static class EquatableArray
{
    public static EquatableArray<T> Create<T>(params T[] items) => new(items);

    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new(items);
}
