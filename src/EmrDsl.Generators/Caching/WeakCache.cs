using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace EmrDsl.Generators.Caching;

/// <summary>A value per key for as long as the key lives (a <see cref="ConditionalWeakTable{TKey,TValue}"/>), counted.</summary>
internal sealed class WeakCache<TKey, TValue> : CountedCache
    where TKey : class
    where TValue : class
{
    private readonly ConditionalWeakTable<TKey, TValue> _values = new();

    public WeakCache(string name)
        : base(name)
    {
    }

    public TValue GetValue(TKey key, ConditionalWeakTable<TKey, TValue>.CreateValueCallback create)
    {
        if (_values.TryGetValue(key, out var value))
        {
            Hit();
            return value;
        }

        var start = Stopwatch.GetTimestamp();
        value = _values.GetValue(key, create);
        Miss(start);
        return value;
    }

    /// <summary>Forgets the value of a key whose value must not be reused (a spec still being built).</summary>
    public void Remove(TKey key) => _values.Remove(key);
}
