using System;
using System.Reflection;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Turns an interpreted lambda into a real delegate of the type the DSL method expects, so DSL code can call
/// it like any other: each invocation runs the interpreter with the arguments bound to the lambda's parameters.
/// </summary>
internal static class DelegateFactory
{
    public static Delegate? TryCreate(Type delegateType, Func<object?[], object?> body)
    {
        if (!delegateType.IsGenericType)
        {
            return delegateType == typeof(Action) ? new Action(() => body(Array.Empty<object?>())) : null;
        }

        var helper = HelperFor(delegateType.GetGenericTypeDefinition());
        return helper is null
            ? null
            : (Delegate)helper.MakeGenericMethod(delegateType.GetGenericArguments()).Invoke(null, new object[] { body })!;
    }

    private static MethodInfo? HelperFor(Type definition)
    {
        string? name =
            definition == typeof(Func<>) ? nameof(Func0) :
            definition == typeof(Func<,>) ? nameof(Func1) :
            definition == typeof(Func<,,>) ? nameof(Func2) :
            definition == typeof(Func<,,,>) ? nameof(Func3) :
            definition == typeof(Func<,,,,>) ? nameof(Func4) :
            definition == typeof(Action<>) ? nameof(Action1) :
            definition == typeof(Action<,>) ? nameof(Action2) :
            definition == typeof(Action<,,>) ? nameof(Action3) :
            definition == typeof(Predicate<>) ? nameof(Predicate1) :
            definition == typeof(Comparison<>) ? nameof(Comparison2) :
            null;
        return name is null ? null : typeof(DelegateFactory).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static);
    }

    private static Func<TResult> Func0<TResult>(Func<object?[], object?> body) =>
        () => (TResult)body(Array.Empty<object?>())!;

    private static Func<T, TResult> Func1<T, TResult>(Func<object?[], object?> body) =>
        a => (TResult)body(new object?[] { a })!;

    private static Func<T1, T2, TResult> Func2<T1, T2, TResult>(Func<object?[], object?> body) =>
        (a, b) => (TResult)body(new object?[] { a, b })!;

    private static Func<T1, T2, T3, TResult> Func3<T1, T2, T3, TResult>(Func<object?[], object?> body) =>
        (a, b, c) => (TResult)body(new object?[] { a, b, c })!;

    private static Func<T1, T2, T3, T4, TResult> Func4<T1, T2, T3, T4, TResult>(Func<object?[], object?> body) =>
        (a, b, c, d) => (TResult)body(new object?[] { a, b, c, d })!;

    private static Action<T> Action1<T>(Func<object?[], object?> body) =>
        a => body(new object?[] { a });

    private static Action<T1, T2> Action2<T1, T2>(Func<object?[], object?> body) =>
        (a, b) => body(new object?[] { a, b });

    private static Action<T1, T2, T3> Action3<T1, T2, T3>(Func<object?[], object?> body) =>
        (a, b, c) => body(new object?[] { a, b, c });

    private static Predicate<T> Predicate1<T>(Func<object?[], object?> body) =>
        a => (bool)body(new object?[] { a })!;

    private static Comparison<T> Comparison2<T>(Func<object?[], object?> body) =>
        (a, b) => (int)body(new object?[] { a, b })!;
}
