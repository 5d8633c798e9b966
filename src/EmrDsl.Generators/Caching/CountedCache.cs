using System.Diagnostics;
using System.Threading;

namespace EmrDsl.Generators.Caching;

/// <summary>
/// One of the <see cref="GeneratorCaches"/>: its name and how often a lookup found a value (a hit) or had to compute
/// one (a miss), and the time the misses spent computing, so a benchmark can show what each cache saves (hits times the
/// mean miss) and a test that it is used. A miss's time includes the lookups it made in other caches.
/// </summary>
internal abstract class CountedCache
{
    private int _hits;
    private int _misses;
    private long _missTicks;

    protected CountedCache(string name) => Name = name;

    public string Name { get; }

    public int Hits => Volatile.Read(ref _hits);

    public int Misses => Volatile.Read(ref _misses);

    /// <summary>The time the misses whose computation the cache ran took, in milliseconds.</summary>
    public double MissMilliseconds => Volatile.Read(ref _missTicks) * 1000.0 / Stopwatch.Frequency;

    protected void Hit() => Interlocked.Increment(ref _hits);

    protected void Miss() => Interlocked.Increment(ref _misses);

    /// <summary>A miss whose value was computed since <paramref name="startTimestamp"/> (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    protected void Miss(long startTimestamp)
    {
        Interlocked.Add(ref _missTicks, Stopwatch.GetTimestamp() - startTimestamp);
        Miss();
    }
}
