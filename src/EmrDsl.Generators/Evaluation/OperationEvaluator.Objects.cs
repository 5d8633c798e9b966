using System;
using System.Reflection;
using EmrDsl.Generators.Evaluation.Values;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Values: <c>new</c> with object and collection initializers (DSL model types, the project's classes and records,
/// framework collections), <c>with</c> expressions, arrays and defaults. Each initializer assignment on a DSL value is
/// recorded in the source map like a call, so a finding on a member points at the <c>Member = value</c> that wrote it.
/// </summary>
internal sealed partial class OperationEvaluator
{
    private static readonly MethodInfo ShallowCopy =
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    private object? Create(IObjectCreationOperation creation, Scope scope)
    {
        if (creation.Constructor is not { } constructor)
        {
            throw Failure(creation.Syntax, Reasons.Creation(creation.Type));
        }

        object instance;
        if (IsOwn(constructor.ContainingType))
        {
            instance = CreateUser(creation, constructor, scope);
        }
        else if (ClrTypes.IsDsl(constructor) || PureFrameworkMembers.Contains(constructor))
        {
            var info = Reflected.Constructor(constructor, type => MapType(type, scope)) ?? throw Failure(creation.Syntax, Reasons.VersionMismatch);
            var values = Arguments(creation.Arguments, constructor.Parameters.Length, scope);
            if (PureFrameworkMembers.SequenceLength(constructor, values) is { } length)
            {
                Budget.Reserve(length, creation.Syntax);
            }

            instance = Call(creation, () => info.Invoke(values))!;
        }
        else
        {
            throw Failure(creation.Syntax, Reasons.Creation(creation.Type));
        }

        if (creation.Initializer is { } initializer)
        {
            Initialize(instance, initializer, scope);
        }

        if (instance is UserObject constructed)
        {
            constructed.IsConstructed = true;
        }

        return instance;
    }

    private object? With(IWithOperation with, Scope scope)
    {
        var original = Evaluate(with.Operand, scope) ?? throw Failure(with.Operand.Syntax, "'with' is applied to a null value");
        object copy;
        if (original is UserObject user)
        {
            copy = user.Clone();
        }
        else if (with.CloneMethod is { } clone)
        {
            var info = Reflected.Method(clone, type => MapType(type, scope)) ?? throw Failure(with.Syntax, Reasons.VersionMismatch);
            copy = Call(with, () => info.Invoke(original, null))!;
        }
        else
        {
            copy = ShallowCopy.Invoke(original, null)!;
        }

        Initialize(copy, with.Initializer, scope);
        if (copy is UserObject constructed)
        {
            constructed.IsConstructed = true;
        }

        return copy;
    }

    private void Initialize(object target, IObjectOrCollectionInitializerOperation initializer, Scope scope)
    {
        _implicitReceivers.Push(target);
        try
        {
            foreach (var item in initializer.Initializers)
            {
                switch (item)
                {
                    case ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment when !ClrTypes.IsDsl(member.Member):
                        Assign(assignment, scope);
                        break;
                    case ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment:
                        AssignDslMember(target, member, assignment, scope);
                        break;
                    case IMemberInitializerOperation { InitializedMember: var member } nested:
                        var inner = Evaluate(member, scope) ?? throw Failure(item.Syntax, $"'{member.Syntax}' is null, so its members cannot be initialized; assign it with 'new'");
                        Initialize(inner, nested.Initializer, scope);
                        break;
                    case IInvocationOperation or ISimpleAssignmentOperation:
                        Evaluate(item, scope);
                        break;
                    default:
                        throw Failure(item.Syntax, "only member assignments, indexer assignments and Add calls are evaluated in an initializer");
                }
            }
        }
        finally
        {
            _implicitReceivers.Pop();
        }
    }

    /// <summary>An initializer assignment on a DSL value, recorded in the source map.</summary>
    private void AssignDslMember(object target, IMemberReferenceOperation member, ISimpleAssignmentOperation assignment, Scope scope)
    {
        var before = SpecShapes.TryWrite(target, underConstruction: true);
        SourceMap.BeginCall();
        var value = Evaluate(assignment.Value, scope);
        switch (member.Member)
        {
            case IPropertySymbol property:
                var propertyInfo = Reflected.Property(property, type => MapType(type, scope)) ?? throw Failure(assignment.Syntax, Reasons.VersionMismatch);
                Call(assignment, () => { propertyInfo.SetValue(target, value); return null; });
                break;
            case IFieldSymbol field:
                var fieldInfo = Reflected.Field(field, type => MapType(type, scope)) ?? throw Failure(assignment.Syntax, Reasons.VersionMismatch);
                fieldInfo.SetValue(target, value);
                break;
            default:
                throw Failure(assignment.Syntax, Reasons.Expression(member));
        }

        SourceMap.EndCall(before, target, Reported(LocationInfo.From(assignment.Syntax)), resultUnderConstruction: true);
    }

    private object? CreateArray(IArrayCreationOperation creation, Scope scope)
    {
        if (creation.DimensionSizes.Length != 1 || creation.Type is not IArrayTypeSymbol arrayType)
        {
            throw Failure(creation.Syntax, "only one-dimensional arrays are evaluated");
        }

        var elementType = MapType(arrayType.ElementType, scope);
        if (creation.Initializer is not { } initializer)
        {
            var length = (int)Primitives.Convert(Evaluate(creation.DimensionSizes[0], scope) ?? 0, SpecialType.System_Int32, isChecked: true);
            Budget.Reserve(length, creation.Syntax);
            var empty = Array.CreateInstance(elementType, length);
            for (var i = 0; i < length; i++)
            {
                empty.SetValue(DefaultOf(arrayType.ElementType, creation.Syntax, scope), i);
            }

            return empty;
        }

        var array = Array.CreateInstance(elementType, initializer.ElementValues.Length);
        for (var i = 0; i < array.Length; i++)
        {
            array.SetValue(Evaluate(initializer.ElementValues[i], scope), i);
        }

        return array;
    }

    private object? ReadElement(IArrayElementReferenceOperation element, Scope scope)
    {
        var array = Evaluate(element.ArrayReference, scope) as Array ?? throw Failure(element.Syntax, Reasons.NullReceiver);
        if (element.Indices.Length != 1)
        {
            throw Failure(element.Syntax, "only one-dimensional arrays are evaluated");
        }

        var index = ArrayIndex(Evaluate(element.Indices[0], scope));
        return Call(element, () => FromStatic(array, array.GetValue(index)));
    }

    private static int ArrayIndex(object? index) => (int)Primitives.Convert(index ?? 0, SpecialType.System_Int32, isChecked: true);

    private object? DefaultOf(IDefaultValueOperation operation, Scope scope) =>
        operation.Type is null ? null : DefaultOf(operation.Type, operation.Syntax, scope);

    /// <summary><c>default(T)</c>: null for references and nullables, zero for numbers, the zero member of an enum, a zeroed struct.</summary>
    private object? DefaultOf(ITypeSymbol type, SyntaxNode at, Scope scope)
    {
        if (type.IsReferenceType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return null;
        }

        if (type is ITypeParameterSymbol parameter)
        {
            var bound = MapType(parameter, scope);
            return bound.IsValueType ? Activator.CreateInstance(bound) : null;
        }

        if (IsOwn(type))
        {
            return type.TypeKind == TypeKind.Enum
                ? new UserEnumValue((INamedTypeSymbol)type, Primitives.Convert(0, ((INamedTypeSymbol)type).EnumUnderlyingType!.SpecialType, isChecked: false))
                : throw Failure(at, "a default value of the project's struct is not evaluated; construct it with 'new'");
        }

        var clrType = ClrTypes.Map(type) ?? throw Failure(at, $"the generator cannot make a default '{type.Name}'");
        return Activator.CreateInstance(clrType);
    }
}
