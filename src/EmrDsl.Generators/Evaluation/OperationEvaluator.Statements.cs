using System;
using System.Collections;
using System.Linq;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Statements: locals, <c>if</c>, <c>switch</c>, loops with <c>break</c>/<c>continue</c>, <c>return</c>,
/// <c>yield</c>, local functions and expression statements. Every loop iteration counts against the step budget.
/// </summary>
internal sealed partial class OperationEvaluator
{
    private object? Execute(IOperation body, Scope scope)
    {
        if (body is not (IBlockOperation or IReturnOperation))
        {
            return Evaluate(body, scope);
        }

        var completion = Run(body, scope);
        return completion.Kind == CompletionKind.Return ? completion.Value : throw Failure(body.Syntax, "it ends without returning a value");
    }

    private Completion Run(IOperation statement, Scope scope)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        Budget.Step(statement.Syntax);
        if (statement.Kind == OperationKind.Invalid)
        {
            throw EvaluationFailure.DoesNotCompile();
        }

        switch (statement)
        {
            case IBlockOperation block:
                return RunBlock(block.Operations, scope.Child());
            case IReturnOperation { Kind: OperationKind.YieldReturn, ReturnedValue: { } yielded }:
                (scope.Frame.Yielded ?? throw Failure(statement.Syntax, Reasons.Statement(statement))).Add(Evaluate(yielded, scope));
                return Completion.Normal;
            case IReturnOperation { Kind: OperationKind.YieldBreak }:
                return Completion.Return(null);
            case IReturnOperation { ReturnedValue: var returned }:
                return Completion.Return(returned is null ? null : Evaluate(returned, scope));
            case IVariableDeclarationGroupOperation group:
                Declare(group, scope);
                return Completion.Normal;
            case IExpressionStatementOperation expression:
                Evaluate(expression.Operation, scope);
                return Completion.Normal;
            case IConditionalOperation { Type: null } branch:
                var taken = Condition(branch.Condition, scope) ? branch.WhenTrue : branch.WhenFalse;
                return taken is null ? Completion.Normal : Run(taken, scope.Child());
            case IEmptyOperation or ILocalFunctionOperation:
                return Completion.Normal;
            case IBranchOperation { BranchKind: BranchKind.Break or BranchKind.Continue } branch:
                return Completion.Branch(branch.Target);
            case ILoopOperation loop:
                return RunLoop(loop, scope);
            case ISwitchOperation @switch:
                return RunSwitch(@switch, scope);
            case IThrowOperation @throw:
                throw Thrown(@throw, scope);
            default:
                throw Failure(statement.Syntax, Reasons.Statement(statement));
        }
    }

    /// <summary>Runs statements in order; local functions are visible in the whole block, as C# scopes them.</summary>
    private Completion RunBlock(System.Collections.Generic.IEnumerable<IOperation> statements, Scope scope)
    {
        var list = statements as System.Collections.Generic.IReadOnlyList<IOperation> ?? statements.ToList();
        foreach (var local in list.OfType<ILocalFunctionOperation>())
        {
            scope.Declare(local.Symbol.OriginalDefinition, new LocalFunction(local, scope));
        }

        foreach (var child in list)
        {
            var completion = Run(child, scope);
            if (!completion.IsNormal)
            {
                return completion;
            }
        }

        return Completion.Normal;
    }

    private void Declare(IVariableDeclarationGroupOperation group, Scope scope)
    {
        foreach (var declaration in group.Declarations)
        {
            foreach (var declarator in declaration.Declarators)
            {
                var initializer = declarator.Initializer ?? declaration.Initializer;
                scope.Declare(declarator.Symbol, initializer is null ? null : Evaluate(initializer.Value, scope));
            }
        }
    }

    private Completion RunLoop(ILoopOperation loop, Scope scope)
    {
        var running = Budget.Running;
        Budget.Running = loop.Syntax;
        try
        {
            return loop switch
            {
                IWhileLoopOperation whileLoop => RunWhile(whileLoop, scope),
                IForLoopOperation forLoop => RunFor(forLoop, scope),
                IForEachLoopOperation forEach => RunForEach(forEach, scope),
                _ => throw Failure(loop.Syntax, Reasons.Statement(loop)),
            };
        }
        finally
        {
            Budget.Running = running;
        }
    }

    /// <summary>The body's outcome seen from its loop: null to go on, else how the loop itself ends.</summary>
    private static Completion? AfterBody(ILoopOperation loop, Completion body)
    {
        if (body.IsNormal || body.Targets(loop.ContinueLabel))
        {
            return null;
        }

        return body.Targets(loop.ExitLabel) ? Completion.Normal : body;
    }

    private Completion RunWhile(IWhileLoopOperation loop, Scope scope)
    {
        while (true)
        {
            Budget.Step(loop.Syntax);
            var iteration = scope.Child();
            if (loop.ConditionIsTop && loop.Condition is { } top && Condition(top, iteration) == loop.ConditionIsUntil)
            {
                return Completion.Normal;
            }

            if (AfterBody(loop, Run(loop.Body, iteration)) is { } end)
            {
                return end;
            }

            if (!loop.ConditionIsTop && loop.Condition is { } bottom && Condition(bottom, iteration) == loop.ConditionIsUntil)
            {
                return Completion.Normal;
            }
        }
    }

    private Completion RunFor(IForLoopOperation loop, Scope scope)
    {
        var loopScope = scope.Child();
        foreach (var before in loop.Before)
        {
            Run(before, loopScope);
        }

        while (true)
        {
            Budget.Step(loop.Syntax);
            if (loop.Condition is { } condition && !Condition(condition, loopScope))
            {
                return Completion.Normal;
            }

            if (AfterBody(loop, Run(loop.Body, loopScope.Child())) is { } end)
            {
                return end;
            }

            foreach (var step in loop.AtLoopBottom)
            {
                Run(step, loopScope);
            }
        }
    }

    private Completion RunForEach(IForEachLoopOperation loop, Scope scope)
    {
        var collection = Evaluate(loop.Collection, scope) as IEnumerable
            ?? throw Failure(loop.Collection.Syntax, "the collection is null or cannot be enumerated at build time");
        foreach (var item in collection)
        {
            Budget.Step(loop.Syntax);
            var iteration = scope.Child();
            Bind(loop.LoopControlVariable, item, iteration);
            if (AfterBody(loop, Run(loop.Body, iteration)) is { } end)
            {
                return end;
            }
        }

        return Completion.Normal;
    }

    /// <summary>Gives the loop variable (or the deconstructed variables) of one iteration their values.</summary>
    private void Bind(IOperation variable, object? value, Scope scope)
    {
        switch (variable)
        {
            case IVariableDeclaratorOperation declarator:
                scope.Declare(declarator.Symbol, value);
                break;
            default:
                Write(variable, value, scope);
                break;
        }
    }

    private Completion RunSwitch(ISwitchOperation @switch, Scope scope)
    {
        var value = Evaluate(@switch.Value, scope);
        var switchScope = scope.Child();
        var chosen = @switch.Cases.FirstOrDefault(c => c.Clauses.Any(clause => CaseMatches(clause, value, switchScope)))
            ?? @switch.Cases.FirstOrDefault(c => c.Clauses.Any(clause => clause is IDefaultCaseClauseOperation));
        if (chosen is null)
        {
            return Completion.Normal;
        }

        var completion = RunBlock(chosen.Body, switchScope);
        return completion.Targets(@switch.ExitLabel) ? Completion.Normal : completion;
    }

    private bool CaseMatches(ICaseClauseOperation clause, object? value, Scope scope) => clause switch
    {
        ISingleValueCaseClauseOperation single => ValuesEqual(value, Evaluate(single.Value, scope)),
        IPatternCaseClauseOperation pattern => Matches(pattern.Pattern, value, scope) && (pattern.Guard is null || Condition(pattern.Guard, scope)),
        IRelationalCaseClauseOperation relational => Compare(relational.Relation, value, Evaluate(relational.Value, scope)),
        _ => false,
    };

    /// <summary>Evaluation reached a <c>throw</c>: the program would fail here too, so the definition fails (EMRG002) with the exception's message.</summary>
    private EvaluationFailure Thrown(IThrowOperation @throw, Scope scope)
    {
        var thrown = @throw.Exception is IConversionOperation conversion ? conversion.Operand : @throw.Exception;
        var message = thrown is IObjectCreationOperation { Arguments: var arguments } creation
            ? $"it throws {creation.Type?.Name}" + (arguments.FirstOrDefault(a => a.Parameter?.Name == "message") is { } text && Evaluate(text.Value, scope) is string said ? $": {said}" : string.Empty)
            : "it throws an exception";
        return new EvaluationFailure(DiagnosticInfo.Create(DiagnosticDescriptors.DslRejectedArgument, LocationInfo.From(@throw.Syntax), Quote(@throw.Syntax), message));
    }
}
