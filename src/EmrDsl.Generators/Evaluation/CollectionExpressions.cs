using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Collection expressions as the compiler builds them. The generator is compiled against Roslyn 4.8, which has no
/// operation interface for them, so they are recognised by their operation kind (present in the compilers that
/// accept the syntax) and read through <see cref="IOperation.ChildOperations"/>.
/// </summary>
internal static class CollectionExpressions
{
    public static readonly OperationKind Kind = KindNamed("CollectionExpression");

    public static readonly OperationKind SpreadKind = KindNamed("Spread");

    private static OperationKind KindNamed(string name) =>
        Enum.TryParse<OperationKind>(name, out var kind) ? kind : (OperationKind)(-1);

    /// <summary>The collection the target type receives; null for a target type the evaluator does not build.</summary>
    public static object? Build(Type target, Type element, List<object?> items)
    {
        if (target.IsArray)
        {
            return ToArray(element, items);
        }

        if (!target.IsGenericType)
        {
            return null;
        }

        var definition = target.GetGenericTypeDefinition();
        if (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IReadOnlyList<>))
        {
            return ToArray(element, items);
        }

        if (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(ICollection<>))
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            foreach (var item in items)
            {
                list.Add(item);
            }

            return list;
        }

        if (definition.Namespace == "System.Collections.Immutable")
        {
            var factory = definition.Assembly.GetType("System.Collections.Immutable." + definition.Name.Substring(0, definition.Name.IndexOf('`')).TrimStart('I'));
            var createRange = factory?.GetMethods().FirstOrDefault(m => m.Name == "CreateRange" && m.GetParameters().Length == 1 && m.GetGenericArguments().Length == 1);
            return createRange?.MakeGenericMethod(element).Invoke(null, new object[] { ToArray(element, items) });
        }

        var add = target.GetMethod("Add", new[] { element });
        if (add is null || target.GetConstructor(Type.EmptyTypes) is not { } constructor)
        {
            return null;
        }

        var collection = constructor.Invoke(null);
        foreach (var item in items)
        {
            add.Invoke(collection, new[] { item });
        }

        return collection;
    }

    private static Array ToArray(Type element, List<object?> items)
    {
        var array = Array.CreateInstance(element, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(items[i], i);
        }

        return array;
    }
}
