using Microsoft.CodeAnalysis;

namespace EmrDsl.Analyzers.CodeFixes.Editing;

/// <summary>The chains the EMR on EKS fixes append to: expressions of type <c>EmrDsl.Containers.EksJobRun</c>.</summary>
internal static class EksChains
{
    public static bool IsJobRun(ITypeSymbol? type) =>
        type is { Name: "EksJobRun", ContainingNamespace: { Name: "Containers", ContainingNamespace: { Name: "EmrDsl", ContainingNamespace.IsGlobalNamespace: true } } };
}
