using System;
using System.Linq;
using System.Reflection;
using EmrDsl.Wire;

namespace EmrDsl.Cli.Import;

/// <summary>Copies wire members between specs of one type, as <c>with</c> would, naming them by their shape table.</summary>
internal static class Records
{
    public static TSpec CopyMembers<TSpec>(ApiShape<TSpec> shape, TSpec current, TSpec source, string[] members)
        where TSpec : class
    {
        var copy = Clone(current);
        foreach (var member in shape.Members.Where(m => members.Contains(m.Name)))
        {
            var property = typeof(TSpec).GetProperty(SpecLiteral.PropertyName(typeof(TSpec), member.Name))!;
            property.SetValue(copy, property.GetValue(source));
        }

        return copy;
    }

    /// <summary>The record's own copy constructor, the one <c>with</c> calls.</summary>
    private static TSpec Clone<TSpec>(TSpec record)
        where TSpec : class =>
        (TSpec)(typeof(TSpec).GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{typeof(TSpec).Name} is not a record.")).Invoke(record, null)!;
}
