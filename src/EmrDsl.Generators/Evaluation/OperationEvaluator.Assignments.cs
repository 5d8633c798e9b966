using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Generators.Evaluation.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Assignments (<c>=</c>, <c>+=</c>, <c>??=</c>, <c>++</c>), tuples and deconstruction. Locals, parameters, the
/// project's objects, arrays and framework collections can change; static state cannot (its value would depend on
/// what ran before the definition).
/// </summary>
internal sealed partial class OperationEvaluator
{
    private object? Assign(ISimpleAssignmentOperation assignment, Scope scope)
    {
        var value = Evaluate(assignment.Value, scope);
        Write(assignment.Target, value, scope);
        return value;
    }

    private object? AssignCompound(ICompoundAssignmentOperation compound, Scope scope)
    {
        RefuseStaticTarget(compound.Target);
        var current = Evaluate(compound.Target, scope);
        var right = Evaluate(compound.Value, scope);
        var value = compound.OperatorMethod is { } userDefined
            ? CallOperator(compound, userDefined, current, right)
            : Compute(compound, () => Arithmetic(compound.OperatorKind, current, right, compound.Target.Type!, compound.IsChecked));
        Write(compound.Target, value, scope);
        return value;
    }

    private object? AssignCoalesce(ICoalesceAssignmentOperation assignment, Scope scope)
    {
        RefuseStaticTarget(assignment.Target);
        if (Evaluate(assignment.Target, scope) is { } current)
        {
            return current;
        }

        var value = Evaluate(assignment.Value, scope);
        Write(assignment.Target, value, scope);
        return value;
    }

    private object? Increment(IIncrementOrDecrementOperation increment, Scope scope)
    {
        RefuseStaticTarget(increment.Target);
        var current = Evaluate(increment.Target, scope);
        var type = increment.Target.Type!;
        var kind = increment.Kind == OperationKind.Increment ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract;
        var value = increment.OperatorMethod is { } userDefined
            ? CallOperator(increment, userDefined, current)
            : Compute(increment, () => Arithmetic(kind, current, 1, type, increment.IsChecked));
        Write(increment.Target, value, scope);
        return increment.IsPostfix ? current : value;
    }

    /// <summary>Stores <paramref name="value"/> where <paramref name="target"/> names.</summary>
    private void Write(IOperation target, object? value, Scope scope)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                if (local.IsDeclaration || !scope.TryAssign(local.Local, value))
                {
                    scope.Declare(local.Local, value);
                }

                break;
            case IParameterReferenceOperation parameter when scope.TryAssign(parameter.Parameter, value):
                break;
            case IDiscardOperation:
                break;
            case IDeclarationExpressionOperation declaration:
                Write(declaration.Expression, value, scope);
                break;
            case ITupleOperation tuple:
                var parts = Deconstructed(value, tuple.Elements.Length, target);
                for (var i = 0; i < parts.Length; i++)
                {
                    Write(tuple.Elements[i], parts[i], scope);
                }

                break;
            case IArrayElementReferenceOperation element:
                var array = Evaluate(element.ArrayReference, scope) as Array ?? throw Failure(element.Syntax, Reasons.NullReceiver);
                RefuseStatic(array, target);
                var index = ArrayIndex(Evaluate(element.Indices[0], scope));
                Call(element, () => { array.SetValue(value, index); return null; });
                break;
            case IMemberReferenceOperation member:
                WriteMember(member, value, scope);
                break;
            default:
                throw Failure(target.Syntax, $"assigning to {Reasons.Describe(target.Kind)} is not evaluated; assign locals, the project's objects, arrays and collections");
        }
    }

    private void WriteMember(IMemberReferenceOperation member, object? value, Scope scope)
    {
        var symbol = member.Member;
        if (symbol.IsStatic)
        {
            // Only the type's own static constructor, while it runs, sets its static state.
            if (symbol.ContainingType is { } owner && _session.InitializingTypes.Contains(owner.OriginalDefinition) && HoldsState(symbol))
            {
                _session.StaticValues[symbol is IFieldSymbol { AssociatedSymbol: { } backed } ? backed.OriginalDefinition : symbol.OriginalDefinition] = value;
                return;
            }

            throw Failure(member.Syntax, Reasons.StaticStateWritten);
        }

        var receiver = (member.Instance is null ? null : Evaluate(member.Instance, scope)) ?? throw Failure(member.Syntax, Reasons.NullReceiver);
        RefuseStatic(receiver, member);
        if (receiver is UserObject user)
        {
            if (symbol is IPropertySymbol property && !IsAutoProperty(property))
            {
                var setter = property.SetMethod ?? throw Failure(member.Syntax, Reasons.Expression(member));
                var body = DefinitionBodies.Find(setter, _compilation, _cancellationToken) ?? throw Failure(member.Syntax, Reasons.NoMethodBody(setter));
                RunBody(member, setter, body, Scope.Root(new Frame(user, TypeArguments(setter, user, scope))), new[] { value });
                return;
            }

            user.Set(symbol is IFieldSymbol { AssociatedSymbol: { } backed } ? backed : symbol, value);
            return;
        }

        switch (symbol)
        {
            case IPropertySymbol property when ClrTypes.IsDsl(property) || PureFrameworkMembers.Contains(property):
                var info = Reflected.Property(property, type => MapType(type, scope)) ?? throw Failure(member.Syntax, Reasons.VersionMismatch);
                var index = member is IPropertyReferenceOperation { Arguments: var arguments } ? Arguments(arguments, property.Parameters.Length, scope) : Array.Empty<object?>();
                Call(member, () => { info.SetValue(receiver, value, index.Length == 0 ? null : index); return null; });
                break;
            case IFieldSymbol field when ClrTypes.IsDsl(field) || PureFrameworkMembers.Contains(field):
                var fieldInfo = Reflected.Field(field, type => MapType(type, scope)) ?? throw Failure(member.Syntax, Reasons.VersionMismatch);
                fieldInfo.SetValue(receiver, value);
                break;
            default:
                throw Failure(member.Syntax, Reasons.Member(symbol));
        }
    }

    /// <summary>Refuses a write to a static field or property before its old value is read (<c>s_count++</c>).</summary>
    private void RefuseStaticTarget(IOperation target)
    {
        if (target is IMemberReferenceOperation { Member: { IsStatic: true } member } && !(member.ContainingType is { } owner && _session.InitializingTypes.Contains(owner.OriginalDefinition)))
        {
            throw Failure(target.Syntax, Reasons.StaticStateWritten);
        }
    }

    private void RefuseStatic(object receiver, IOperation at)
    {
        if (_session.IsStatic(receiver) || receiver is UserObject { IsConstructed: true, Type.TypeKind: TypeKind.Struct })
        {
            throw Failure(at.Syntax, Reasons.StaticStateWritten);
        }
    }

    private object? Deconstruct(IDeconstructionAssignmentOperation deconstruction, Scope scope)
    {
        if (deconstruction.Value is ITupleOperation tuple)
        {
            // (a, b) = (b, a): every value is read before any is written.
            var values = tuple.Elements.Select(e => Evaluate(e, scope)).ToArray();
            var targets = deconstruction.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : deconstruction.Target;
            if (targets is ITupleOperation targetTuple)
            {
                for (var i = 0; i < values.Length; i++)
                {
                    Write(targetTuple.Elements[i], values[i], scope);
                }

                return null;
            }
        }

        var value = Evaluate(deconstruction.Value, scope);
        Write(deconstruction.Target, value, scope);
        return value;
    }

    /// <summary>The parts a deconstruction takes apart: a tuple's items, a KeyValuePair's key and value, a positional record's members.</summary>
    private object?[] Deconstructed(object? value, int count, IOperation at)
    {
        switch (value)
        {
            case null:
                throw Failure(at.Syntax, Reasons.NullReceiver);
            case UserObject { Type: var type } record when PositionalMembers(type) is { Count: > 0 } positional && positional.Count == count:
                return positional.Select(m => record.TryGet(m, out var v) ? v : null).ToArray();
        }

        var clrType = value.GetType();
        if (clrType.IsGenericType && clrType.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) && count == 2)
        {
            return new[] { clrType.GetProperty("Key")!.GetValue(value), clrType.GetProperty("Value")!.GetValue(value) };
        }

        if (clrType.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true)
        {
            return Enumerable.Range(1, count).Select(i => clrType.GetField("Item" + i)?.GetValue(value)).ToArray();
        }

        throw Failure(at.Syntax, "only tuples, KeyValuePair and positional records are deconstructed at build time");
    }

    /// <summary>A positional record's members in the order of its primary constructor (what its Deconstruct gives).</summary>
    private static List<IPropertySymbol> PositionalMembers(INamedTypeSymbol type)
    {
        var members = type.GetMembers().OfType<IPropertySymbol>()
            .Where(p => p.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax)
            .ToList();
        return members.OrderBy(p => p.DeclaringSyntaxReferences[0].Span.Start).ToList();
    }

    private object? CreateTuple(ITupleOperation tuple, Scope scope)
    {
        var values = tuple.Elements.Select(e => Evaluate(e, scope)).ToArray();
        if (tuple.Type is null || values.Length > 7)
        {
            throw Failure(tuple.Syntax, "tuples of more than seven elements are not evaluated; use a record");
        }

        var type = MapType(tuple.Type, scope);
        return Call(tuple, () => Activator.CreateInstance(type, values));
    }
}
