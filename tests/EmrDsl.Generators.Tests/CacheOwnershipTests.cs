extern alias generator;

using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using CountedCache = generator::EmrDsl.Generators.Caching.CountedCache;
using DefinitionGenerator = generator::EmrDsl.Generators.DefinitionGenerator;
using GeneratorCaches = generator::EmrDsl.Generators.Caching.GeneratorCaches;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// The generator's process-wide state has one owner, GeneratorCaches: no other static field of the generator's own code
/// holds a cache or anything that changes, and every cache the owner holds is listed (and so counted by the benchmark).
/// </summary>
public sealed class CacheOwnershipTests
{
    [Fact]
    public void No_static_field_outside_GeneratorCaches_holds_a_cache_or_changes()
    {
        var offenders = typeof(DefinitionGenerator).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("EmrDsl.Generators", StringComparison.Ordinal) == true && t != typeof(GeneratorCaches) && !IsCompilerGenerated(t))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !IsCompilerGenerated(f) && (!f.IsInitOnly || IsCache(f.FieldType)))
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_cache_of_the_owner_is_listed_for_the_benchmark()
    {
        var held = typeof(GeneratorCaches).GetFields(BindingFlags.Static | BindingFlags.Public)
            .Where(f => typeof(CountedCache).IsAssignableFrom(f.FieldType))
            .Select(f => f.GetValue(null))
            .ToList();

        Assert.Equal(held.Count, GeneratorCaches.All.Count);
        Assert.All(held, cache => Assert.Contains(cache, GeneratorCaches.All));
        Assert.Equal(GeneratorCaches.All.Count, GeneratorCaches.All.Select(c => c.Name).Distinct().Count());
    }

    private static bool IsCache(Type type) =>
        typeof(CountedCache).IsAssignableFrom(type) ||
        (type.IsGenericType && type.GetGenericTypeDefinition() is var definition &&
            (definition == typeof(ConditionalWeakTable<,>) || definition == typeof(ConcurrentDictionary<,>) || definition == typeof(Lazy<>)));

    private static bool IsCompilerGenerated(MemberInfo member) => member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);
}
