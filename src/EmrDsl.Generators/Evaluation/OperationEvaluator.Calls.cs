using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using EmrDsl.Generators.Evaluation.Values;
using EmrDsl.Generators.Specs;
using EmrDsl.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using EmrDsl.Generators.Caching;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// The project's own code: methods with parameters (static, extension, instance, generic, local functions),
/// property getters and static state, each interpreted with its arguments bound, under the step budget.
/// </summary>
internal sealed partial class OperationEvaluator
{

    private object? CallUser(IOperation at, IMethodSymbol method, IOperation? instance, ImmutableArray<IArgumentOperation> arguments, Scope scope)
    {
        object? receiver = null;
        if (!method.IsStatic)
        {
            receiver = instance is null ? scope.Frame.This : Evaluate(instance, scope);
            if (receiver is null)
            {
                throw Failure(at.Syntax, Reasons.NullReceiver);
            }
        }

        var values = Arguments(arguments, method.Parameters.Length, scope);
        var target = receiver is UserObject self && !IsBaseAccess(instance) ? Dispatch(method, self.Type) : method;
        var body = DefinitionBodies.Find(target.OriginalDefinition, _compilation, _cancellationToken)
            ?? throw Failure(at.Syntax, Reasons.NoMethodBody(target));
        var frame = new Frame(receiver, TypeArguments(target, receiver as UserObject, scope));
        return RunBody(at, target, body, Scope.Root(frame), values);
    }

    private object? CallLocalFunction(IInvocationOperation invocation, IMethodSymbol method, Scope scope)
    {
        if (!scope.TryGet(method.OriginalDefinition, out var value) || value is not LocalFunction local)
        {
            throw Failure(invocation.Syntax, $"the local function '{method.Name}' is not declared in the code being evaluated");
        }

        var values = Arguments(invocation.Arguments, method.Parameters.Length, scope);
        return InvokeLocalFunction(invocation, method, local, values);
    }

    private object? InvokeLocalFunction(IOperation at, IMethodSymbol method, LocalFunction local, object?[] values)
    {
        var body = local.Declaration.Body ?? local.Declaration.IgnoredBody
            ?? throw Failure(at.Syntax, Reasons.NoMethodBody(method));
        var typeArguments = new Dictionary<ITypeParameterSymbol, Type>(SymbolEqualityComparer.Default);
        if (local.Captured.Frame.TypeArguments is { } outer)
        {
            foreach (var pair in outer)
            {
                typeArguments[pair.Key] = pair.Value;
            }
        }

        AddTypeArguments(typeArguments, method.TypeParameters, method.TypeArguments, local.Captured);
        var frame = new Frame(local.Captured.Frame.This, typeArguments);
        return RunBody(at, method, body, local.Captured.Enter(frame), values);
    }

    /// <summary>Runs a body with its parameters bound; an iterator's body gives the values it yielded.</summary>
    private object? RunBody(IOperation at, IMethodSymbol method, IOperation body, Scope scope, object?[] values)
    {
        Dependencies.AddBody(body);
        for (var i = 0; i < method.Parameters.Length; i++)
        {
            scope.Declare(method.Parameters[i].OriginalDefinition, values[i]);
        }

        var iterator = IsIterator(body);
        if (iterator)
        {
            scope.Frame.Yielded = new List<object?>();
        }

        var helperCall = _helperCall;
        if (helperCall is null && !IsInsideRoot(body.Syntax))
        {
            _helperCall = at is IInvocationOperation invocation ? CallLocation(invocation, invocation.TargetMethod) : LocationInfo.From(at.Syntax);
        }

        var running = Budget.Running;
        if (++Budget.CallDepth > EvaluationBudget.MaxCallDepth)
        {
            throw EvaluationBudget.Exhausted(at.Syntax, $"it calls the project's own methods more than {EvaluationBudget.MaxCallDepth} deep (unbounded recursion?)");
        }

        try
        {
            EnsureStack(at);
            Budget.Running = at.Syntax;
            var completion = Run(body, scope);
            if (iterator)
            {
                return ToSequence(scope.Frame.Yielded!, method.ReturnType, scope);
            }

            return completion.Kind == CompletionKind.Return ? completion.Value : null;
        }
        catch (EvaluationFailure failure) when (helperCall is null && _helperCall is { } call && failure.Diagnostic is { AdditionalLocations.Count: 0 } diagnostic && diagnostic.Location != call)
        {
            // Reported where the helper goes wrong, with the definition's call of the helper beside it: which definition failed.
            throw new EvaluationFailure(diagnostic with { AdditionalLocations = EquatableArray.Create(call) });
        }
        finally
        {
            Budget.CallDepth--;
            Budget.Running = running;
            _helperCall = helperCall;
        }
    }

    private static void EnsureStack(IOperation at)
    {
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
        }
        catch (InsufficientExecutionStackException)
        {
            throw EvaluationBudget.Exhausted(at.Syntax, "it nests calls deeper than the compiler's stack allows (unbounded recursion?)");
        }
    }

    private static bool IsIterator(IOperation body) =>
        GeneratorCaches.IteratorBodies.GetValue(body, static b => ContainsYield(b)) is true;

    /// <summary>Whether a body yields, not counting the lambdas and local functions inside it.</summary>
    private static bool ContainsYield(IOperation operation)
    {
        foreach (var child in operation.ChildOperations)
        {
            if (child.Kind is OperationKind.YieldReturn or OperationKind.YieldBreak ||
                (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation) && ContainsYield(child)))
            {
                return true;
            }
        }

        return false;
    }

    private Array ToSequence(List<object?> yielded, ITypeSymbol returnType, Scope scope)
    {
        var elementType = returnType is INamedTypeSymbol { IsGenericType: true } generic ? MapType(generic.TypeArguments[0], scope) : typeof(object);
        var array = Array.CreateInstance(elementType, yielded.Count);
        for (var i = 0; i < yielded.Count; i++)
        {
            array.SetValue(yielded[i], i);
        }

        return array;
    }

    /// <summary>Whether code lies in the declaration being evaluated (rather than in a helper it calls).</summary>
    private bool IsInsideRoot(SyntaxNode syntax) =>
        _root is not null && syntax.SyntaxTree == _root.SyntaxTree && _root.Span.Contains(syntax.Span);

    /// <summary>
    /// Where a DSL call is recorded: the call itself, or, inside a helper with parameters, the helper's call in the
    /// definition with the DSL call as the inner location (see docs/evaluation.md).
    /// </summary>
    private (LocationInfo? At, LocationInfo? Inner) Reported(LocationInfo? call) =>
        _helperCall is null ? (call, null) : (_helperCall, call);

    /// <summary><c>base.Member</c>: the call goes to that member itself, not to the object's override.</summary>
    private static bool IsBaseAccess(IOperation? instance) =>
        instance is IInstanceReferenceOperation { Syntax: BaseExpressionSyntax };

    /// <summary>The override or interface implementation the runtime would call on an object of <paramref name="type"/>.</summary>
    private static IMethodSymbol Dispatch(IMethodSymbol method, INamedTypeSymbol type)
    {
        if (method.ContainingType.TypeKind == TypeKind.Interface)
        {
            return type.FindImplementationForInterfaceMember(method) as IMethodSymbol ?? method;
        }

        if (!method.IsVirtual && !method.IsAbstract && !method.IsOverride)
        {
            return method;
        }

        for (INamedTypeSymbol? t = type; t is not null; t = t.BaseType)
        {
            foreach (var candidate in t.GetMembers(method.Name).OfType<IMethodSymbol>())
            {
                for (var overridden = candidate; overridden is not null; overridden = overridden.OverriddenMethod)
                {
                    if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method.OriginalDefinition))
                    {
                        return candidate;
                    }
                }
            }
        }

        return method;
    }

    private Dictionary<ITypeParameterSymbol, Type> TypeArguments(IMethodSymbol method, UserObject? receiver, Scope caller)
    {
        var arguments = new Dictionary<ITypeParameterSymbol, Type>(SymbolEqualityComparer.Default);
        for (var type = receiver?.Type ?? method.ContainingType; type is not null; type = type.ContainingType)
        {
            AddTypeArguments(arguments, type.TypeParameters, type.TypeArguments, caller);
        }

        AddTypeArguments(arguments, method.TypeParameters, method.TypeArguments, caller);
        return arguments;
    }

    private void AddTypeArguments(Dictionary<ITypeParameterSymbol, Type> into, ImmutableArray<ITypeParameterSymbol> parameters, ImmutableArray<ITypeSymbol> arguments, Scope caller)
    {
        for (var i = 0; i < parameters.Length && i < arguments.Length; i++)
        {
            into[parameters[i]] = MapType(arguments[i], caller);
        }
    }

    /// <summary>
    /// The runtime type for a type in the code being interpreted: the DSL's and the framework's own types, type
    /// parameters as bound by the call, and the project's types as <see cref="object"/> (their values are
    /// <see cref="UserObject"/> and <see cref="UserEnumValue"/>).
    /// </summary>
    private Type MapType(ITypeSymbol type, Scope scope)
    {
        if (ClrTypes.Map(type) is { } known)
        {
            return known;
        }

        switch (type)
        {
            case ITypeParameterSymbol parameter:
                return scope.Frame.TypeArguments is { } bound && bound.TryGetValue(parameter, out var argument) ? argument : typeof(object);
            case IArrayTypeSymbol { IsSZArray: true } array:
                return MapType(array.ElementType, scope).MakeArrayType();
            case INamedTypeSymbol { IsGenericType: true } generic when !SymbolEqualityComparer.Default.Equals(generic, generic.ConstructedFrom) && ClrTypes.Map(generic.ConstructedFrom) is { } definition:
                return definition.MakeGenericType(generic.TypeArguments.Select(a => MapType(a, scope)).ToArray());
            default:
                return typeof(object);
        }
    }

    /// <summary>A static field or property of the project: interpreted once per definition when it holds state (a field, an auto-property).</summary>
    private object? ReadStatic(ISymbol member, SyntaxNode reference)
    {
        if (HoldsState(member) && StaticConstructor(member.ContainingType) is { } constructor)
        {
            return ReadInitialized(member, constructor, reference);
        }

        if (!HoldsState(member) || SharedMembers.CanShare(member))
        {
            return EvaluateDefinition(member, reference);
        }

        if (!_session.StaticValues.TryGetValue(member.OriginalDefinition, out var value))
        {
            value = EvaluateDefinition(member, reference);
            _session.StaticValues[member.OriginalDefinition] = value;
        }

        _session.MarkStatic(value);
        return value;
    }

    /// <summary>
    /// A static field or auto-property of a type with a static constructor: the type is initialized as the runtime does
    /// it, once per definition (its static member initializers in order, then the constructor's body, which may assign
    /// the type's static fields), and the member read from what that left.
    /// </summary>
    private object? ReadInitialized(ISymbol member, IMethodSymbol constructor, SyntaxNode reference)
    {
        var type = member.ContainingType.OriginalDefinition;
        if (_session.InitializedTypes.Add(type))
        {
            _session.InitializingTypes.Add(type);
            try
            {
                foreach (var field in type.GetMembers().Where(m => m.IsStatic && HoldsState(m) && DefinitionBodies.Find(m, _compilation, _cancellationToken) is not null))
                {
                    _session.StaticValues[field.OriginalDefinition] = EvaluateDefinition(field, reference);
                }

                var syntax = constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_cancellationToken);
                if (syntax is not null && Operation(syntax) is IConstructorBodyOperation { BlockBody: var block, ExpressionBody: var expression } &&
                    (block ?? expression) is { } body)
                {
                    Dependencies.AddBody(body);
                    RunBlock(new[] { body }, Scope.Root(Frame.Static));
                }
            }
            finally
            {
                _session.InitializingTypes.Remove(type);
            }
        }

        if (!_session.StaticValues.TryGetValue(member.OriginalDefinition, out var value))
        {
            var declared = member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;
            value = DefaultOf(declared, reference, Scope.Root(Frame.Static));
        }

        if (!_session.InitializingTypes.Contains(type))
        {
            // Once initialized, the type's state is the program's static state: a definition must not change it.
            _session.MarkStatic(value);
        }

        return value;
    }

    private IMethodSymbol? StaticConstructor(INamedTypeSymbol? type) =>
        type is not null && IsOwn(type) ? type.StaticConstructors.FirstOrDefault(c => !c.IsImplicitlyDeclared && !c.DeclaringSyntaxReferences.IsEmpty) : null;

    /// <summary>A field, or a property whose value is stored (an auto-property), rather than computed on each read.</summary>
    private static bool HoldsState(ISymbol member) =>
        member is IFieldSymbol || (member is IPropertySymbol property && IsAutoProperty(property));

    private static bool IsAutoProperty(IPropertySymbol property)
    {
        var syntax = property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        return syntax switch
        {
            ParameterSyntax => true,
            PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors } =>
                accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null),
            _ => false,
        };
    }

    /// <summary>An instance property of the project's object: its stored value, or its getter interpreted.</summary>
    private object? ReadMember(UserObject receiver, IPropertySymbol property, IOperation reference, Scope scope)
    {
        var target = property;
        if (!IsBaseAccess((reference as IMemberReferenceOperation)?.Instance) &&
            (property.IsVirtual || property.IsAbstract || property.IsOverride || property.ContainingType.TypeKind == TypeKind.Interface))
        {
            target = Dispatch(property.GetMethod!, receiver.Type).AssociatedSymbol as IPropertySymbol ?? property;
        }

        if (target.Name == "EqualityContract" && target.IsImplicitlyDeclared)
        {
            throw Failure(reference.Syntax, Reasons.Reflection);
        }

        if (IsAutoProperty(target) || target.GetMethod is null || target.ContainingType.IsAnonymousType)
        {
            return FromStatic(receiver, receiver.TryGet(target, out var stored) ? stored : DefaultOf(target.Type, reference.Syntax, scope));
        }

        var getter = target.GetMethod;
        var body = DefinitionBodies.Find(getter, _compilation, _cancellationToken) ?? throw Failure(reference.Syntax, Reasons.NoMethodBody(getter));
        var frame = new Frame(receiver, TypeArguments(getter, receiver, scope));
        var index = reference is IPropertyReferenceOperation { Arguments: var arguments } ? Arguments(arguments, getter.Parameters.Length, scope) : Array.Empty<object?>();
        return FromStatic(receiver, RunBody(reference, getter, body, Scope.Root(frame), index));
    }
}

/// <summary>A local function with the scope it was declared in, which it captures.</summary>
internal sealed record LocalFunction(ILocalFunctionOperation Declaration, Scope Captured);
