using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// The syntax trees an evaluation depended on: every body it interpreted, and the declarations of every source
/// symbol those bodies name (a member read or called, a <c>nameof</c> operand, a constant and, through its
/// initializer, the constants it is made of). <see cref="EvaluationCache"/> reuses a result only while all of them
/// are unchanged.
/// </summary>
internal sealed class EvaluationDependencies
{
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<SyntaxTree> _trees = new();
    private readonly HashSet<ISymbol> _symbols = new(SymbolEqualityComparer.Default);

    public EvaluationDependencies(Compilation compilation, CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _cancellationToken = cancellationToken;
    }

    public IReadOnlyCollection<SyntaxTree> Trees => _trees;

    /// <summary>Adds the trees a shared member's evaluation depended on.</summary>
    public void AddTrees(IEnumerable<SyntaxTree> trees) => _trees.UnionWith(trees);

    /// <summary>Records a body about to be interpreted and every source symbol it names.</summary>
    public void AddBody(IOperation body)
    {
        _trees.Add(body.Syntax.SyntaxTree);
        foreach (var operation in body.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IMemberReferenceOperation reference:
                    AddSymbol(reference.Member);
                    break;
                case IInvocationOperation invocation:
                    AddSymbol(invocation.TargetMethod);
                    break;
                case IObjectCreationOperation creation:
                    // The constructor's declaration: a record's positional parameters, a class's constructor body.
                    AddSymbol(creation.Constructor);
                    AddSymbol(creation.Type);
                    break;
                case INameOfOperation nameOf when nameOf.SemanticModel?.GetSymbolInfo(nameOf.Argument.Syntax, _cancellationToken) is { } info:
                    AddSymbol(info.Symbol);
                    foreach (var candidate in info.CandidateSymbols)
                    {
                        AddSymbol(candidate);
                    }

                    break;
            }
        }
    }

    private void AddSymbol(ISymbol? symbol)
    {
        if (symbol is null || !SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly) || !_symbols.Add(symbol.OriginalDefinition))
        {
            return;
        }

        foreach (var reference in symbol.OriginalDefinition.DeclaringSyntaxReferences)
        {
            _trees.Add(reference.SyntaxTree);
            if (symbol is IFieldSymbol { IsConst: true } &&
                reference.GetSyntax(_cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value } &&
                _compilation.ContainsSyntaxTree(reference.SyntaxTree) &&
                SemanticModels.For(_compilation, reference.SyntaxTree).GetOperation(value, _cancellationToken) is { } initializer)
            {
                AddBody(initializer);
            }
        }
    }
}
