using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>What a marked member must be for its value to be evaluated at build time.</summary>
internal static class DefinitionTargets
{
    /// <summary>Why <paramref name="member"/> cannot be evaluated (completing "'Pipelines.Etl' ..."), or null when it can.</summary>
    public static string? Problem(ISymbol member, DefinitionKind kind)
    {
        var (type, isMethodWithParameters, isGeneric) = member switch
        {
            IPropertySymbol property => (property.Type, !property.Parameters.IsEmpty, false),
            IFieldSymbol field => (field.Type, false, false),
            IMethodSymbol method => (method.ReturnType, !method.Parameters.IsEmpty, method.IsGenericMethod),
            _ => (null, false, false),
        };

        if (type is null)
        {
            return "is not a property, field or method";
        }

        if (!member.IsStatic)
        {
            return "is not static";
        }

        if (isMethodWithParameters)
        {
            return "takes parameters";
        }

        if (isGeneric)
        {
            return "is generic";
        }

        if (!kind.Returns(type))
        {
            return $"returns '{type.ToDisplayString()}', not {kind.ResultNames}";
        }

        return ContainingTypes(member).FirstOrDefault(t => t.IsGenericType) is { } generic
            ? $"is declared in the generic type '{generic.Name}'"
            : null;
    }

    /// <summary>The containing types, outermost first.</summary>
    public static List<INamedTypeSymbol> ContainingTypes(ISymbol member)
    {
        var types = new List<INamedTypeSymbol>();
        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            types.Insert(0, type);
        }

        return types;
    }
}
