using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.ExceptionServices;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace EmrDsl.Generators.Evaluation;

/// <summary>Calls and member reads: DSL members run by reflection, this compilation's static members are interpreted.</summary>
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

        if (PureFrameworkMembers.Contains(method))
        {
            var receiver = invocation.Instance is null ? null : Evaluate(invocation.Instance, scope);
            var info = Reflected.Method(method) ?? throw Failure(invocation.Syntax, Reasons.Call(method, _compilation));
            var values = Arguments(invocation.Arguments, method.Parameters.Length, scope);
            return Call(invocation, () => info.Invoke(receiver, values));
        }

        if (IsOwnStatic(method) && method.Parameters.IsEmpty && !method.IsGenericMethod)
        {
            return EvaluateDefinition(method, invocation.Syntax);
        }

        throw Failure(invocation.Syntax, Reasons.Call(method, _compilation));
    }

    /// <summary>Runs a DSL method and records the payload paths it changed at the call.</summary>
    private object? CallDsl(IInvocationOperation invocation, IMethodSymbol method, Scope scope)
    {
        var info = Reflected.Method(method) ?? throw Failure(invocation.Syntax, Reasons.VersionMismatch);
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
        SourceMap.EndCall(before, result, CallLocation(invocation, method));
        return result;
    }

    private object? ReadProperty(IPropertyReferenceOperation reference, Scope scope)
    {
        var property = reference.Property;
        if (ClrTypes.IsDsl(property) || PureFrameworkMembers.Contains(property))
        {
            var info = Reflected.Property(property) ?? throw Failure(reference.Syntax, Reasons.VersionMismatch);
            var target = Receiver(reference.Instance, property, reference, scope);
            var index = Arguments(reference.Arguments, property.Parameters.Length, scope);
            return Call(reference, () => info.GetValue(target, index.Length == 0 ? null : index));
        }

        if (IsOwnStatic(property) && property.Parameters.IsEmpty)
        {
            return EvaluateDefinition(property, reference.Syntax);
        }

        throw Failure(reference.Syntax, Reasons.Member(property, _compilation));
    }

    private object? ReadField(IFieldReferenceOperation reference, Scope scope)
    {
        var field = reference.Field;
        if (ClrTypes.IsDsl(field) || PureFrameworkMembers.Contains(field))
        {
            var info = Reflected.Field(field) ?? throw Failure(reference.Syntax, Reasons.VersionMismatch);
            var target = Receiver(reference.Instance, field, reference, scope);
            return info.GetValue(target);
        }

        if (IsOwnStatic(field))
        {
            return EvaluateDefinition(field, reference.Syntax);
        }

        throw Failure(reference.Syntax, Reasons.Member(field, _compilation));
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
    private object?[] Arguments(ImmutableArray<IArgumentOperation> arguments, int parameterCount, Scope scope)
    {
        var values = new object?[parameterCount];
        foreach (var argument in arguments)
        {
            values[argument.Parameter!.Ordinal] = Evaluate(argument.Value, scope);
        }

        return values;
    }

    private bool IsOwnStatic(ISymbol symbol) =>
        symbol.IsStatic &&
        SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly) &&
        !symbol.DeclaringSyntaxReferences.IsEmpty;

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
