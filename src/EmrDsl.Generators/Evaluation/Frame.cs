using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>One interpreted call: the object it runs on, the runtime types its type parameters stand for, and the values an iterator yielded.</summary>
internal sealed class Frame
{
    public static readonly Frame Static = new(null, null);

    public Frame(object? @this, IReadOnlyDictionary<ITypeParameterSymbol, Type>? typeArguments)
    {
        This = @this;
        TypeArguments = typeArguments;
    }

    /// <summary>The instance for instance members (a user object, or the DSL value an extension is called on); null for static code.</summary>
    public object? This { get; }

    public IReadOnlyDictionary<ITypeParameterSymbol, Type>? TypeArguments { get; }

    /// <summary>What <c>yield return</c> produced, when the body is an iterator.</summary>
    public List<object?>? Yielded { get; set; }
}
