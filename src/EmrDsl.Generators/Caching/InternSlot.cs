using System;

namespace EmrDsl.Generators.Caching;

/// <summary>
/// The last value handed out, so that consecutive equal values are one instance (compared by reference afterwards).
/// Holds one value, whatever the number of compilations.
/// </summary>
internal sealed class InternSlot<T>
    where T : class
{
    private readonly object _gate = new();
    private T? _latest;

    /// <summary><paramref name="candidate"/>, or the value before it when <paramref name="same"/> says they are equal.</summary>
    public T Intern(T candidate, Func<T, T, bool> same)
    {
        lock (_gate)
        {
            if (_latest is { } latest && same(latest, candidate))
            {
                return latest;
            }

            _latest = candidate;
            return candidate;
        }
    }
}
