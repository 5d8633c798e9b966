using System.Collections.Generic;

namespace EmrDsl.Model;

/// <summary>Operations on ordered string maps stored as <see cref="EquatableArray{T}"/> of <see cref="MapEntry"/>.</summary>
public static class StringMap
{
    /// <summary>Sets <paramref name="key"/>, replacing an existing value in place (so overrides keep the base's order).</summary>
    public static EquatableArray<MapEntry> Set(this EquatableArray<MapEntry> map, string key, string value)
    {
        var index = map.FindIndex(e => e.Key == key);
        return index < 0 ? map.Add(new MapEntry(key, value)) : map.SetItem(index, new MapEntry(key, value));
    }

    public static EquatableArray<MapEntry> SetAll(this EquatableArray<MapEntry> map, IEnumerable<KeyValuePair<string, string>> entries)
    {
        foreach (var entry in entries)
        {
            map = map.Set(entry.Key, entry.Value);
        }

        return map;
    }

    public static string? Get(this EquatableArray<MapEntry> map, string key)
    {
        var index = map.FindIndex(e => e.Key == key);
        return index < 0 ? null : map[index].Value;
    }

    public static EquatableArray<MapEntry> Remove(this EquatableArray<MapEntry> map, string key)
    {
        var index = map.FindIndex(e => e.Key == key);
        return index < 0 ? map : map.RemoveAt(index);
    }
}
