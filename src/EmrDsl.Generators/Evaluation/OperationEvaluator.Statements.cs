using System;
using System.Linq;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Bodies: a definition's body or a lambda's may declare locals, branch with <c>if</c> and return. Loops and
/// other statements are reported, since their effect depends on running the program.
/// </summary>
internal sealed partial class OperationEvaluator
{
    private object? Execute(IOperation body, Scope scope)
    {
        if (body is not (IBlockOperation or IReturnOperation))
        {
            return Evaluate(body, scope);
        }

        var (returned, value) = Run(body, scope);
        return returned ? value : throw Failure(body.Syntax, "it ends without returning a value");
    }

    private (bool Returned, object? Value) Run(IOperation statement, Scope scope)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (statement.Kind == OperationKind.Invalid)
        {
            throw EvaluationFailure.DoesNotCompile();
        }

        switch (statement)
        {
            case IBlockOperation block:
                var inner = scope.Child();
                foreach (var child in block.Operations)
                {
                    var outcome = Run(child, inner);
                    if (outcome.Returned)
                    {
                        return outcome;
                    }
                }

                return (false, null);
            case IReturnOperation { ReturnedValue: var returned }:
                return (true, returned is null ? null : Evaluate(returned, scope));
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        var initializer = declarator.Initializer ?? declaration.Initializer;
                        scope.Declare(declarator.Symbol, initializer is null ? null : Evaluate(initializer.Value, scope));
                    }
                }

                return (false, null);
            case IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment }:
                scope.TryAssign(local.Local, Evaluate(assignment.Value, scope));
                return (false, null);
            case IExpressionStatementOperation { Operation: ICompoundAssignmentOperation { Target: ILocalReferenceOperation local, OperatorMethod: null } compound }:
                var current = Lookup(local.Local, local, scope);
                var right = Evaluate(compound.Value, scope);
                scope.TryAssign(local.Local, Compute(compound, () => Operators.Binary(compound.OperatorKind, current, right, local.Type!, compound.IsChecked)));
                return (false, null);
            case IConditionalOperation { Type: null } branch:
                var taken = Condition(branch.Condition, scope) ? branch.WhenTrue : branch.WhenFalse;
                return taken is null ? (false, null) : Run(taken, scope);
            case IEmptyOperation:
                return (false, null);
            case ILoopOperation loop:
                var keyword = loop.Syntax.GetFirstToken();
                throw new EvaluationFailure(DiagnosticInfo.Create(
                    DiagnosticDescriptors.NotEvaluable, LocationInfo.From(keyword.GetLocation()), $"The '{keyword.Text}' loop", Reasons.Loop));
            default:
                throw Failure(statement.Syntax, Reasons.Statement(statement));
        }
    }

    private Delegate CreateDelegate(IDelegateCreationOperation creation, Scope scope)
    {
        if (creation.Target is not IAnonymousFunctionOperation lambda)
        {
            throw Failure(creation.Syntax, Reasons.MethodGroup);
        }

        var delegateType = ClrTypes.Map(creation.Type!)
            ?? throw Failure(creation.Syntax, $"a lambda of type '{creation.Type}' is not evaluated; lambdas are evaluated where DSL methods take them");
        var parameters = lambda.Symbol.Parameters;
        return DelegateFactory.TryCreate(delegateType, arguments =>
        {
            var body = scope.Child();
            foreach (var (parameter, value) in parameters.Zip(arguments, (p, v) => (p, v)))
            {
                body.Declare(parameter, value);
            }

            return Execute(lambda.Body, body);
        }) ?? throw Failure(creation.Syntax, $"a lambda of type '{creation.Type}' is not evaluated; DSL methods take Func<...> and Action<...> lambdas");
    }
}
