using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;

namespace EmrDsl.Cli.Import;

/// <summary>
/// Generated calls paired with the very same DSL calls made in-process: applying a <see cref="Fluent{T}"/> shows what
/// its code will build, so the importer keeps only code it has seen reproduce the request.
/// </summary>
internal sealed class Fluent<T>
{
    public static readonly Fluent<T> Empty = new(Array.Empty<Call>(), x => x);

    private readonly Func<T, T> _apply;

    private Fluent(IReadOnlyList<Call> calls, Func<T, T> apply)
    {
        Calls = calls;
        _apply = apply;
    }

    public IReadOnlyList<Call> Calls { get; }

    public T Apply(T start) => _apply(start);

    public Fluent<T> Then(Call call, Func<T, T> apply) => new(Calls.Append(call).ToArray(), x => apply(_apply(x)));

    /// <summary>
    /// Marks a part the fluent surface cannot express: applying the result fails, so the statement holding it
    /// falls back to its raw form.
    /// </summary>
    public Fluent<T> Unsupported(string reason) => new(Calls, _ => throw new InvalidOperationException(reason));

    /// <summary><c>p => p.A().B()</c> for a builder lambda, or null when there is nothing to configure.</summary>
    public Lambda? ToLambda(string parameter) => Calls.Count == 0 ? null : new Lambda(parameter, new Chain(parameter, Calls));
}
