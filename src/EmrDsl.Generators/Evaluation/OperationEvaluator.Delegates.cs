using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Lambdas and method groups become real delegates of the type the code expects, so the DSL and LINQ can call them
/// like any other: each invocation runs the interpreter (or the allow-listed method) with its arguments.
/// </summary>
internal sealed partial class OperationEvaluator
{
    private Delegate CreateDelegate(IDelegateCreationOperation creation, Scope scope)
    {
        var delegateType = MapType(creation.Type!, scope);
        Func<object?[], object?> body = creation.Target switch
        {
            IAnonymousFunctionOperation lambda => Lambda(lambda, scope),
            IMethodReferenceOperation method => MethodGroup(method, scope),
            _ => throw Failure(creation.Syntax, Reasons.Expression(creation.Target)),
        };
        return DelegateFactory.TryCreate(delegateType, body)
            ?? throw Failure(creation.Syntax, $"a delegate of type '{creation.Type}' is not evaluated; use Func<...>, Action<...>, Predicate<T> or Comparison<T>");
    }

    private Func<object?[], object?> Lambda(IAnonymousFunctionOperation lambda, Scope scope)
    {
        var parameters = lambda.Symbol.Parameters;
        return arguments =>
        {
            var body = scope.Child();
            for (var i = 0; i < parameters.Length; i++)
            {
                body.Declare(parameters[i], arguments[i]);
            }

            var completion = Run(lambda.Body, body);
            return completion.Kind == CompletionKind.Return ? completion.Value : null;
        };
    }

    /// <summary>A method group (<c>names.Select(MakeStep)</c>): the project's methods are interpreted, the DSL's and the framework's run.</summary>
    private Func<object?[], object?> MethodGroup(IMethodReferenceOperation reference, Scope scope)
    {
        var method = reference.Method;
        var receiver = reference.Instance is null || method.IsStatic ? null : Evaluate(reference.Instance, scope);
        if (method.MethodKind == MethodKind.LocalFunction)
        {
            var local = scope.TryGet(method.OriginalDefinition, out var value) && value is LocalFunction declared
                ? declared
                : throw Failure(reference.Syntax, $"the local function '{method.Name}' is not declared in the code being evaluated");
            return arguments => InvokeLocalFunction(reference, method, local, arguments);
        }

        if (IsOwn(method))
        {
            var target = receiver is Values.UserObject self ? Dispatch(method, self.Type) : method;
            var body = DefinitionBodies.Find(target.OriginalDefinition, _compilation, _cancellationToken)
                ?? throw Failure(reference.Syntax, Reasons.NoMethodBody(target));
            return arguments => RunBody(reference, target, body, Scope.Root(new Frame(receiver, TypeArguments(target, receiver as Values.UserObject, scope))), arguments);
        }

        if (ClrTypes.IsDsl(method) || PureFrameworkMembers.Contains(method))
        {
            var info = Reflected.Method(method, type => MapType(type, scope)) ?? throw Failure(reference.Syntax, Reasons.Call(method));
            return arguments => Call(reference, () => info.Invoke(receiver, arguments.Take(info.GetParameters().Length).ToArray()));
        }

        throw Failure(reference.Syntax, Reasons.Call(method));
    }
}
