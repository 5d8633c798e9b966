using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.ExceptionServices;
using EmrDsl.Generators.Evaluation.Values;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Calls and member reads: DSL members and allow-listed framework members run by reflection, the project's own
/// members are interpreted.
/// </summary>
internal sealed partial class OperationEvaluator
{
    private object? Invoke(IInvocationOperation invocation, Scope scope)
    {
        var method = invocation.TargetMethod;
        if (method.MethodKind == MethodKind.DelegateInvoke && invocation.Instance is { } target)
        {
            var callee = Evaluate(target, scope) as Delegate ?? throw Failure(invocation.Syntax, Reasons.NullReceiver);
            var values = Arguments(invocation.Arguments, method.Parameters.Length, scope);
            return Call(invocation, () => callee.DynamicInvoke(values));
        }

        if (ClrTypes.IsDsl(method))
        {
            return CallDsl(invocation, method, scope);
        }

        if (method.MethodKind == MethodKind.LocalFunction)
        {
            return CallLocalFunction(invocation, method, scope);
        }

        if (IsOwn(method))
        {
            return method.IsStatic && method.Parameters.IsEmpty && !method.IsGenericMethod
                ? EvaluateDefinition(method, invocation.Syntax)
                : CallUser(invocation, method, invocation.Instance, invocation.Arguments, scope);
        }

        if (InvariantInterpolation(invocation) is { } interpolated)
        {
            return Interpolate(interpolated, scope);
        }

        if (UserValues.Handles(method) || PureFrameworkMembers.Contains(method))
        {
            var receiver = invocation.Instance is null ? null : Evaluate(invocation.Instance, scope);
            if (!method.IsStatic && receiver is null)
            {
                throw Failure(invocation.Syntax, Reasons.NullReceiver);
            }

            var values = Arguments(invocation.Arguments, method.Parameters.Length, scope, allowOutputs: true);
            if (UserValues.Handles(method) && UserValues.AppliesTo(method, receiver, values, IsOwn))
            {
                return Call(invocation, () => UserValues.Call(method, receiver, values));
            }

            if (PureFrameworkMembers.Contains(method) || method.Name is "ToString" or "Equals")
            {
                var result = CallFramework(invocation, method, receiver, values, scope);
                WriteOutputs(invocation.Arguments, values, scope);
                return result;
            }
        }

        throw Failure(invocation.Syntax, Reasons.Call(method));
    }

    /// <summary>
    /// <c>string.Create(CultureInfo.InvariantCulture, $"...")</c>: the interpolated string its handler builds, which the
    /// evaluator formats with the invariant culture anyway.
    /// </summary>
    private static IInterpolatedStringOperation? InvariantInterpolation(IInvocationOperation invocation) =>
        invocation.TargetMethod is { Name: "Create", ContainingType.SpecialType: SpecialType.System_String } &&
        invocation.Arguments.Length == 2 &&
        (invocation.Arguments[0].Value is IConversionOperation { Operand: var provider } ? provider : invocation.Arguments[0].Value) is IPropertyReferenceOperation { Property.Name: "InvariantCulture" } &&
        invocation.Arguments[1].Value is IInterpolatedStringHandlerCreationOperation { Content: IInterpolatedStringOperation content }
            ? content
            : null;

    /// <summary>Runs a DSL method and records the payload paths it changed at the call.</summary>
    private object? CallDsl(IInvocationOperation invocation, IMethodSymbol method, Scope scope)
    {
        var info = Reflected.Method(method, type => MapType(type, scope)) ?? throw Failure(invocation.Syntax, Reasons.VersionMismatch);
        var receiver = invocation.Instance is null ? null : Evaluate(invocation.Instance, scope);
        if (!info.IsStatic && receiver is null)
        {
            throw Failure(invocation.Syntax, Reasons.NullReceiver);
        }

        // The receiver chain ran before this call; arguments (lambdas included) run inside it.
        var before = SpecShapes.TryWrite(method.IsExtensionMethod ? null : receiver);
        SourceMap.BeginCall();
        var values = Arguments(invocation.Arguments, method.Parameters.Length, scope);
        if (method.IsExtensionMethod)
        {
            before = SpecShapes.TryWrite(values.FirstOrDefault());
        }

        var result = Call(invocation, () => info.Invoke(receiver, values));
        SourceMap.EndCall(before, result, Reported(CallLocation(invocation, method)));
        return result;
    }

    /// <summary>An allow-listed framework method (LINQ, collections, string, Math, ...): refused when it would change static state.</summary>
    private object? CallFramework(IInvocationOperation invocation, IMethodSymbol method, object? receiver, object?[] values, Scope scope)
    {
        if (_session.IsStatic(receiver) && PureFrameworkMembers.Mutates(method))
        {
            throw Failure(invocation.Syntax, Reasons.StaticStateWritten);
        }

        var info = Reflected.Method(method, type => MapType(type, scope)) ?? throw Failure(invocation.Syntax, Reasons.Call(method));
        if (PureFrameworkMembers.SequenceLength(method, values) is { } length)
        {
            Budget.Reserve(length, invocation.Syntax);
        }

        return Call(invocation, () => info.Invoke(receiver, values));
    }

    private object? ReadProperty(IPropertyReferenceOperation reference, Scope scope)
    {
        var property = reference.Property;
        if (ClrTypes.IsDsl(property) || PureFrameworkMembers.Contains(property))
        {
            var info = Reflected.Property(property, type => MapType(type, scope)) ?? throw Failure(reference.Syntax, Reasons.VersionMismatch);
            var target = Receiver(reference.Instance, property, reference, scope);
            var index = Arguments(reference.Arguments, property.Parameters.Length, scope);
            var value = Call(reference, () => info.GetValue(target, index.Length == 0 ? null : index));
            return FromStatic(target, value);
        }

        if (IsOwn(property) || (property.IsImplicitlyDeclared && property.ContainingType is { } type && IsOwn(type)))
        {
            if (property.IsStatic)
            {
                return ReadStatic(property, reference.Syntax);
            }

            var receiver = Receiver(reference.Instance, property, reference, scope) as UserObject
                ?? throw Failure(reference.Syntax, Reasons.Member(property));
            return ReadMember(receiver, property, reference, scope);
        }

        throw Failure(reference.Syntax, Reasons.Member(property));
    }

    private object? ReadField(IFieldReferenceOperation reference, Scope scope)
    {
        var field = reference.Field;
        if (ClrTypes.IsDsl(field) || PureFrameworkMembers.Contains(field))
        {
            var info = Reflected.Field(field, type => MapType(type, scope)) ?? throw Failure(reference.Syntax, Reasons.VersionMismatch);
            var target = Receiver(reference.Instance, field, reference, scope);
            return FromStatic(target, info.GetValue(target));
        }

        if (IsOwn(field))
        {
            if (field.IsStatic)
            {
                return ReadStatic(field, reference.Syntax);
            }

            var receiver = Receiver(reference.Instance, field, reference, scope) as UserObject
                ?? throw Failure(reference.Syntax, Reasons.Member(field));
            return FromStatic(receiver, receiver.TryGet(field, out var value) ? value : DefaultOf(field.Type, reference.Syntax, scope));
        }

        throw Failure(reference.Syntax, Reasons.Member(field));
    }

    /// <summary>A value read from static state is static state too: changing it later is refused.</summary>
    private object? FromStatic(object? container, object? value)
    {
        if (container is null ? false : _session.IsStatic(container))
        {
            _session.MarkStatic(value);
        }

        return value;
    }

    private object? Receiver(IOperation? instance, ISymbol member, IOperation reference, Scope scope)
    {
        if (member.IsStatic)
        {
            return null;
        }

        return (instance is null ? null : Evaluate(instance, scope)) ?? throw Failure(reference.Syntax, Reasons.NullReceiver);
    }

    /// <summary>Argument values in parameter order (Roslyn lists them in evaluation order; defaults and params arrays are explicit).</summary>
    /// <param name="allowOutputs">The call is a framework member whose out and ref results <see cref="WriteOutputs"/> stores (TryGetValue, TryParse).</param>
    private object?[] Arguments(ImmutableArray<IArgumentOperation> arguments, int parameterCount, Scope scope, bool allowOutputs = false)
    {
        var values = new object?[parameterCount];
        foreach (var argument in arguments)
        {
            var refKind = argument.Parameter!.RefKind;
            if (refKind is RefKind.Out && allowOutputs)
            {
                continue;
            }

            if (refKind is RefKind.Ref or RefKind.Out && !allowOutputs)
            {
                throw Failure(argument.Syntax, Reasons.RefArgument);
            }

            values[argument.Parameter.Ordinal] = Evaluate(argument.Value, scope);
        }

        return values;
    }

    /// <summary>Stores what a framework call left in its out and ref arguments into the variables passed for them.</summary>
    private void WriteOutputs(ImmutableArray<IArgumentOperation> arguments, object?[] values, Scope scope)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter!.RefKind is RefKind.Out or RefKind.Ref)
            {
                Write(argument.Value, values[argument.Parameter.Ordinal], scope);
            }
        }
    }

    /// <summary>
    /// Runs DSL (or framework) code. What it throws becomes EMRG002 at the argument it names, else at the
    /// call; a failure raised by an interpreted lambda the code called back into passes through unchanged.
    /// </summary>
    private static object? Call(IOperation at, Func<object?> call)
    {
        try
        {
            return call();
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            if (inner is EvaluationFailure or OperationCanceledException)
            {
                ExceptionDispatchInfo.Capture(inner).Throw();
            }

            throw Rejected(at, inner);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException or IndexOutOfRangeException or NullReferenceException or InvalidCastException)
        {
            // Thrown by the interpreter's own handling of the project's values (UserValues), like the runtime would.
            throw Rejected(at, e);
        }
    }

    private static EvaluationFailure Rejected(IOperation at, Exception exception)
    {
        var arguments = at switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => ImmutableArray<IArgumentOperation>.Empty,
        };
        var named = exception is ArgumentException { ParamName: { } name }
            ? arguments.FirstOrDefault(a => a.Parameter?.Name == name && a.ArgumentKind == ArgumentKind.Explicit)
            : null;
        var location = named is not null
            ? LocationInfo.From(named.Value.Syntax)
            : at is IInvocationOperation call ? CallLocation(call, call.TargetMethod) : LocationInfo.From(at.Syntax);
        return new EvaluationFailure(DiagnosticInfo.Create(
            DiagnosticDescriptors.DslRejectedArgument, location, Quote(at.Syntax), ExceptionText(exception)));
    }

    /// <summary>The exception's own sentence, without the runtime's "(Parameter 'x')" and "Actual value was" additions.</summary>
    private static string ExceptionText(Exception exception)
    {
        var message = exception.Message;
        var newline = message.IndexOf('\n');
        if (newline >= 0)
        {
            message = message.Substring(0, newline).TrimEnd('\r');
        }

        if (exception is ArgumentException { ParamName: { } name })
        {
            var suffix = $" (Parameter '{name}')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                message = message.Substring(0, message.Length - suffix.Length);
            }
        }

        return message;
    }

    /// <summary>
    /// Where a call is reported: for a chained call the member from its dot (<c>.Named("x")</c>), so each link of
    /// a fluent chain has its own location; for a static call the whole invocation.
    /// </summary>
    private static LocationInfo? CallLocation(IInvocationOperation invocation, IMethodSymbol method)
    {
        var syntax = invocation.Syntax;
        SyntaxToken? dot = syntax is InvocationExpressionSyntax invocationSyntax && (!method.IsStatic || method.IsExtensionMethod)
            ? invocationSyntax.Expression switch
            {
                MemberAccessExpressionSyntax access => access.OperatorToken,
                MemberBindingExpressionSyntax binding => binding.OperatorToken,
                _ => null,
            }
            : null;
        return dot is { } token
            ? LocationInfo.From(Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(token.SpanStart, syntax.Span.End)))
            : LocationInfo.From(syntax);
    }
}
