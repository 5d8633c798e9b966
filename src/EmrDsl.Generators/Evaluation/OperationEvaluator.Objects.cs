using System;
using System.Reflection;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Model values: <c>new</c> with object initializers, <c>with</c> expressions, arrays and defaults. Each
/// initializer assignment is recorded in the source map like a call, so a finding on a member points at the
/// <c>Member = value</c> that wrote it.
/// </summary>
internal sealed partial class OperationEvaluator
{
    private static readonly MethodInfo ShallowCopy =
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    private object? Create(IObjectCreationOperation creation, Scope scope)
    {
        if (creation.Constructor is not { } constructor || !ClrTypes.IsDsl(constructor))
        {
            throw Failure(creation.Syntax, Reasons.Creation(creation.Type));
        }

        var info = Reflected.Constructor(constructor) ?? throw Failure(creation.Syntax, Reasons.VersionMismatch);
        var values = Arguments(creation.Arguments, constructor.Parameters.Length, scope);
        var instance = Call(creation, () => info.Invoke(values))!;
        if (creation.Initializer is { } initializer)
        {
            Initialize(instance, initializer, scope);
        }

        return instance;
    }

    private object? With(IWithOperation with, Scope scope)
    {
        var original = Evaluate(with.Operand, scope) ?? throw Failure(with.Operand.Syntax, "'with' is applied to a null value");
        object copy;
        if (with.CloneMethod is { } clone)
        {
            var info = Reflected.Method(clone) ?? throw Failure(with.Syntax, Reasons.VersionMismatch);
            copy = Call(with, () => info.Invoke(original, null))!;
        }
        else
        {
            copy = ShallowCopy.Invoke(original, null)!;
        }

        Initialize(copy, with.Initializer, scope);
        return copy;
    }

    private void Initialize(object target, IObjectOrCollectionInitializerOperation initializer, Scope scope)
    {
        foreach (var item in initializer.Initializers)
        {
            switch (item)
            {
                case ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment:
                    Assign(target, member, assignment, scope);
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property } nested:
                    var info = Reflected.Property(property.Property) ?? throw Failure(item.Syntax, Reasons.VersionMismatch);
                    var inner = info.GetValue(target) ?? throw Failure(item.Syntax, $"'{property.Property.Name}' is null, so its members cannot be initialized; assign it with 'new'");
                    Initialize(inner, nested.Initializer, scope);
                    break;
                default:
                    throw Failure(item.Syntax, "only member assignments are evaluated in an initializer; assign whole values, for example Tags = EquatableArray.Create(...)");
            }
        }
    }

    private void Assign(object target, IMemberReferenceOperation member, ISimpleAssignmentOperation assignment, Scope scope)
    {
        var before = SpecShapes.TryWrite(target, underConstruction: true);
        SourceMap.BeginCall();
        var value = Evaluate(assignment.Value, scope);
        switch (member.Member)
        {
            case IPropertySymbol property:
                var propertyInfo = Reflected.Property(property) ?? throw Failure(assignment.Syntax, Reasons.VersionMismatch);
                Call(assignment, () => { propertyInfo.SetValue(target, value); return null; });
                break;
            case IFieldSymbol field:
                var fieldInfo = Reflected.Field(field) ?? throw Failure(assignment.Syntax, Reasons.VersionMismatch);
                fieldInfo.SetValue(target, value);
                break;
            default:
                throw Failure(assignment.Syntax, Reasons.Expression(member));
        }

        SourceMap.EndCall(before, target, LocationInfo.From(assignment.Syntax), resultUnderConstruction: true);
    }

    private object? CreateArray(IArrayCreationOperation creation, Scope scope)
    {
        if (creation.DimensionSizes.Length != 1 || creation.Type is not IArrayTypeSymbol arrayType)
        {
            throw Failure(creation.Syntax, "only one-dimensional arrays are evaluated");
        }

        var elementType = ClrTypes.Map(arrayType.ElementType)
            ?? throw Failure(creation.Syntax, $"arrays of '{arrayType.ElementType.Name}' are not evaluated; use DSL, model or framework element types");
        if (creation.Initializer is not { } initializer)
        {
            var length = Primitives.Convert(Evaluate(creation.DimensionSizes[0], scope) ?? 0, SpecialType.System_Int32, isChecked: true);
            return Array.CreateInstance(elementType, (int)length);
        }

        var array = Array.CreateInstance(elementType, initializer.ElementValues.Length);
        for (var i = 0; i < array.Length; i++)
        {
            array.SetValue(Evaluate(initializer.ElementValues[i], scope), i);
        }

        return array;
    }

    private object? DefaultOf(IDefaultValueOperation operation)
    {
        if (operation.Type is null || operation.Type.IsReferenceType || operation.Type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return null;
        }

        var type = ClrTypes.Map(operation.Type) ?? throw Failure(operation.Syntax, Reasons.Expression(operation));
        return Activator.CreateInstance(type);
    }
}
