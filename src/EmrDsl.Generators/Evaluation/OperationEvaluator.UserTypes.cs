using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Generators.Evaluation.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// The project's classes, records and structs: construction in C#'s order (member initializers, the base
/// constructor, the body; primary constructors and positional record members included).
/// </summary>
internal sealed partial class OperationEvaluator
{
    private UserObject CreateUser(IObjectCreationOperation creation, IMethodSymbol constructor, Scope scope)
    {
        var type = (INamedTypeSymbol)creation.Type!;
        if (type.TypeKind == TypeKind.Enum || type.IsAbstract)
        {
            throw Failure(creation.Syntax, Reasons.Creation(type));
        }

        var instance = new UserObject(type) { Formatter = Formatter(type, creation) };
        var values = Arguments(creation.Arguments, constructor.Parameters.Length, scope);
        var frame = new Frame(instance, TypeArguments(constructor, instance, scope));
        RunConstructor(creation, constructor, instance, values, frame);
        return instance;
    }

    /// <summary>An anonymous object (<c>new { t.Name, Size = 4 }</c>, common in LINQ): its members in declaration order.</summary>
    private UserObject CreateAnonymous(IAnonymousObjectCreationOperation creation, Scope scope)
    {
        var instance = new UserObject((INamedTypeSymbol)creation.Type!);
        foreach (var initializer in creation.Initializers)
        {
            if (initializer is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment)
            {
                throw Failure(initializer.Syntax, Reasons.Expression(initializer));
            }

            instance.Set(property, Evaluate(assignment.Value, scope));
        }

        instance.IsConstructed = true;
        return instance;
    }

    /// <summary>The type's (or a base type's) own <c>ToString</c> override, interpreted when the object is formatted.</summary>
    private Func<UserObject, string>? Formatter(INamedTypeSymbol type, IOperation at)
    {
        for (var t = type; t is not null && IsOwn(t); t = t.BaseType)
        {
            var toString = t.GetMembers(nameof(ToString)).OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.IsEmpty && !m.IsStatic && !m.IsImplicitlyDeclared);
            if (toString is not null && DefinitionBodies.Find(toString, _compilation, _cancellationToken) is { } body)
            {
                return self => RunBody(at, toString, body, Scope.Root(new Frame(self, TypeArguments(toString, self, Scope.Root(Frame.Static)))), Array.Empty<object?>()) as string ?? string.Empty;
            }
        }

        return null;
    }

    private void RunConstructor(IOperation at, IMethodSymbol constructor, UserObject instance, object?[] values, Frame frame)
    {
        var scope = Scope.Root(frame);
        for (var i = 0; i < constructor.Parameters.Length; i++)
        {
            scope.Declare(constructor.Parameters[i].OriginalDefinition, values[i]);
        }

        var syntax = constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_cancellationToken);
        var type = constructor.ContainingType;
        switch (syntax)
        {
            case ConstructorDeclarationSyntax declaration:
                var body = Operation(declaration) as IConstructorBodyOperation;
                if (body is not null)
                {
                    Dependencies.AddBody(body);
                }

                var chained = body?.Initializer is IExpressionStatementOperation { Operation: IInvocationOperation { TargetMethod: var target } } chain &&
                    SymbolEqualityComparer.Default.Equals(target.ContainingType.OriginalDefinition, type.OriginalDefinition);
                if (!chained)
                {
                    RunMemberInitializers(type, instance, scope);
                }

                RunBaseConstructor(at, body?.Initializer, type, instance, scope);
                if ((body?.BlockBody ?? body?.ExpressionBody) is { } code)
                {
                    RunBlock(new[] { code }, scope.Child());
                }

                break;
            case TypeDeclarationSyntax primary:
                // A primary constructor: its parameters stay readable by the members, positional record members are set.
                foreach (var parameter in constructor.Parameters)
                {
                    instance.Set(parameter, values[parameter.Ordinal]);
                }

                foreach (var member in type.GetMembers().OfType<IPropertySymbol>())
                {
                    if (member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_cancellationToken) is ParameterSyntax positional &&
                        constructor.Parameters.FirstOrDefault(p => p.Name == positional.Identifier.ValueText) is { } source)
                    {
                        instance.Set(member, values[source.Ordinal]);
                    }
                }

                RunMemberInitializers(type, instance, scope);
                RunBaseConstructor(at, (Operation(primary) as IConstructorBodyOperation)?.Initializer, type, instance, scope);
                break;
            default:
                // The implicit parameterless constructor.
                RunMemberInitializers(type, instance, scope);
                RunBaseConstructor(at, null, type, instance, scope);
                break;
        }
    }

    private void RunBaseConstructor(IOperation at, IOperation? initializer, INamedTypeSymbol type, UserObject instance, Scope scope)
    {
        if (initializer is IExpressionStatementOperation { Operation: IInvocationOperation call })
        {
            if (!IsOwn(call.TargetMethod.ContainingType))
            {
                return;
            }

            var values = Arguments(call.Arguments, call.TargetMethod.Parameters.Length, scope);
            RunConstructor(call, call.TargetMethod, instance, values, scope.Frame);
            return;
        }

        if (type.BaseType is { } baseType && IsOwn(baseType) &&
            baseType.InstanceConstructors.FirstOrDefault(c => c.Parameters.IsEmpty) is { } parameterless)
        {
            RunConstructor(at, parameterless, instance, System.Array.Empty<object?>(), scope.Frame);
        }
    }

    /// <summary>Field and property initializers of one type (not its base), in declaration order.</summary>
    private void RunMemberInitializers(INamedTypeSymbol type, UserObject instance, Scope scope)
    {
        foreach (var (member, value) in MemberInitializers(type))
        {
            Dependencies.AddBody(value);
            instance.Set(member, Evaluate(value, scope));
        }
    }

    private List<(ISymbol Member, IOperation Value)> MemberInitializers(INamedTypeSymbol type)
    {
        var initializers = new List<(ISymbol, IOperation, SyntaxNode)>();
        foreach (var member in type.GetMembers())
        {
            if (member.IsStatic || member is not (IFieldSymbol or IPropertySymbol))
            {
                continue;
            }

            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var clause = reference.GetSyntax(_cancellationToken) switch
                {
                    VariableDeclaratorSyntax { Initializer: { } field } => field,
                    PropertyDeclarationSyntax { Initializer: { } property } => property,
                    _ => null,
                };
                if (clause is not null && Operation(clause) is { } operation)
                {
                    initializers.Add((member is IFieldSymbol { AssociatedSymbol: { } property } ? property : member, operation is ISymbolInitializerOperation init ? init.Value : operation, clause));
                }
            }
        }

        return initializers
            .OrderBy(i => i.Item3.SyntaxTree.FilePath, System.StringComparer.Ordinal)
            .ThenBy(i => i.Item3.SpanStart)
            .Select(i => (i.Item1, i.Item2))
            .ToList();
    }

    private IOperation? Operation(SyntaxNode syntax) =>
        _compilation.ContainsSyntaxTree(syntax.SyntaxTree)
            ? SemanticModels.For(_compilation, syntax.SyntaxTree).GetOperation(syntax, _cancellationToken)
            : null;
}
