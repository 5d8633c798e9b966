using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;

namespace EmrDsl.Cli.Import.Security;

/// <summary>
/// A DSL value passed as an argument (<c>S3Encryption.SseKms(key).Override("logs", S3Encryption.SseS3())</c>): the code
/// of its factory call and chained calls, paired with the very same calls made in-process, as <see cref="Fluent{T}"/> pairs a chain.
/// </summary>
internal sealed class Made<T>
{
    private readonly string _head;
    private readonly IReadOnlyList<Call> _calls;

    private Made(string head, IReadOnlyList<Call> calls, Func<T> make)
    {
        _head = head;
        _calls = calls;
        Make = make;
    }

    /// <summary>Makes the value; throws as the DSL does when an argument is refused.</summary>
    public Func<T> Make { get; }

    public Expr Code => new Chain(_head, _calls);

    /// <summary><c>Type.Factory(arguments)</c>.</summary>
    public static Made<T> Of(string factory, Func<T> make, params Expr[] arguments) =>
        new(new Invocation(factory, arguments).Inline!, Array.Empty<Call>(), make);

    public Made<T> Then(Call call, Func<T, T> apply) => new(_head, _calls.Append(call).ToArray(), () => apply(Make()));
}
