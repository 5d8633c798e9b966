using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Collection expressions (<c>["a", "b", ..more]</c>) for arrays, lists, the read-only interfaces, immutable
/// collections and types with an <c>Add</c> method.
/// </summary>
internal sealed partial class OperationEvaluator
{
    private object? CreateCollection(IOperation collection, Scope scope)
    {
        var items = new List<object?>();
        foreach (var element in collection.ChildOperations)
        {
            if (element.Kind == CollectionExpressions.SpreadKind)
            {
                var spread = element.ChildOperations.FirstOrDefault() ?? throw Failure(element.Syntax, Reasons.Expression(element));
                var values = Evaluate(spread, scope) as IEnumerable ?? throw Failure(spread.Syntax, "the spread value is null or cannot be enumerated at build time");
                foreach (var value in values)
                {
                    Budget.Step(element.Syntax);
                    items.Add(value);
                }
            }
            else
            {
                items.Add(Evaluate(element, scope));
            }
        }

        var target = collection.Type ?? throw Failure(collection.Syntax, Reasons.Expression(collection));
        var targetType = MapType(target, scope);
        var elementType = ElementType(target, scope);
        return CollectionExpressions.Build(targetType, elementType, items)
            ?? throw Failure(collection.Syntax, $"a collection expression of type '{target.ToDisplayString()}' is not evaluated; target an array, a list, IEnumerable<T>, an immutable collection or a type with an Add method");
    }

    private Type ElementType(ITypeSymbol collection, Scope scope) => collection switch
    {
        IArrayTypeSymbol array => MapType(array.ElementType, scope),
        INamedTypeSymbol { IsGenericType: true } generic => MapType(generic.TypeArguments[0], scope),
        _ => typeof(object),
    };
}
