using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Evaluates a cluster definition without running user code: it interprets the definition's operation tree,
/// calling the generator's own copies of the DSL types wherever the definition calls the DSL. Anything whose
/// value only exists when the program runs stops evaluation with a diagnostic at that expression.
/// </summary>
internal sealed partial class OperationEvaluator
{
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly List<ISymbol> _definitions;
    private readonly Stack<object?> _conditionalReceivers = new();

    public OperationEvaluator(Compilation compilation, CancellationToken cancellationToken)
        : this(compilation, cancellationToken, new List<ISymbol>())
    {
    }

    /// <param name="definitions">The members being evaluated, outermost first, shared with the evaluator of an enclosing member to detect cycles.</param>
    private OperationEvaluator(Compilation compilation, CancellationToken cancellationToken, List<ISymbol> definitions)
    {
        _compilation = compilation;
        _cancellationToken = cancellationToken;
        _definitions = definitions;
        Dependencies = new EvaluationDependencies(compilation, cancellationToken);
    }

    /// <summary>The syntax trees the evaluation read, so a cached result can tell whether it still holds.</summary>
    public EvaluationDependencies Dependencies { get; }

    /// <summary>Which payload paths each DSL call set, filled in as evaluation goes.</summary>
    public SourceMapRecorder SourceMap { get; } = new();

    /// <summary>
    /// Evaluates a static member of this compilation by interpreting its initializer or body, once per compilation
    /// when its value can be shared (<see cref="SharedMembers"/>).
    /// </summary>
    /// <param name="reference">Where the member is used (for diagnostics); its declaration when it is the definition itself.</param>
    public object? EvaluateDefinition(ISymbol member, SyntaxNode reference)
    {
        if (!SharedMembers.CanShare(member))
        {
            return Interpret(member, reference);
        }

        // A cycle back to a member being evaluated is found by the inner evaluator, which shares _definitions.
        var shared = SharedMembers.GetOrEvaluate(_compilation, member, () =>
        {
            var evaluator = new OperationEvaluator(_compilation, _cancellationToken, _definitions);
            var value = evaluator.Interpret(member, reference);
            return new MemberValue(value, evaluator.SourceMap.Records, evaluator.Dependencies.Trees);
        });
        Dependencies.AddTrees(shared.Trees);
        SourceMap.Replay(shared.Records);
        return shared.Value;
    }

    private object? Interpret(ISymbol member, SyntaxNode reference)
    {
        if (_definitions.Contains(member, SymbolEqualityComparer.Default))
        {
            var cycle = _definitions.SkipWhile(d => !SymbolEqualityComparer.Default.Equals(d, member)).Append(member).Select(d => d.Name);
            throw new EvaluationFailure(DiagnosticInfo.Create(
                DiagnosticDescriptors.CircularDefinition, LocationInfo.From(reference), member.Name, string.Join(" -> ", cycle)));
        }

        var body = DefinitionBodies.Find(member, _compilation, _cancellationToken)
            ?? throw Failure(reference, Reasons.NoBody);
        Dependencies.AddBody(body);
        _definitions.Add(member);
        try
        {
            return Execute(body, Scope.Root());
        }
        finally
        {
            _definitions.RemoveAt(_definitions.Count - 1);
        }
    }

    private object? Evaluate(IOperation operation, Scope scope)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (operation.Kind == OperationKind.Invalid)
        {
            throw EvaluationFailure.DoesNotCompile();
        }

        if (operation.ConstantValue.HasValue)
        {
            return Constant(operation);
        }

        return operation switch
        {
            IConversionOperation conversion => Convert(conversion, scope),
            IInvocationOperation invocation => Invoke(invocation, scope),
            IPropertyReferenceOperation property => ReadProperty(property, scope),
            IFieldReferenceOperation field => ReadField(field, scope),
            IObjectCreationOperation creation => Create(creation, scope),
            IWithOperation with => With(with, scope),
            IDelegateCreationOperation lambda => CreateDelegate(lambda, scope),
            IArrayCreationOperation array => CreateArray(array, scope),
            IBinaryOperation binary => Binary(binary, scope),
            IUnaryOperation unary => Unary(unary, scope),
            IConditionalOperation { WhenFalse: { } whenFalse } conditional =>
                Evaluate(Condition(conditional.Condition, scope) ? conditional.WhenTrue : whenFalse, scope),
            ICoalesceOperation coalesce => Evaluate(coalesce.Value, scope) ?? Evaluate(coalesce.WhenNull, scope),
            IInterpolatedStringOperation interpolated => Interpolate(interpolated, scope),
            IParameterReferenceOperation parameter => Lookup(parameter.Parameter, parameter, scope),
            ILocalReferenceOperation local => Lookup(local.Local, local, scope),
            IDefaultValueOperation defaultValue => DefaultOf(defaultValue),
            IConditionalAccessOperation access => ConditionalAccess(access, scope),
            IConditionalAccessInstanceOperation => _conditionalReceivers.Peek(),
            _ => throw Failure(operation.Syntax, Reasons.Expression(operation)),
        };
    }

    private object? Constant(IOperation operation)
    {
        var value = operation.ConstantValue.Value;
        if (value is null || operation.Type is not { TypeKind: TypeKind.Enum } enumType)
        {
            return value;
        }

        var type = ClrTypes.Map(enumType) ?? throw Failure(operation.Syntax, $"the enum '{enumType.Name}' is not a DSL type, so the generator cannot represent its values; use the DSL's own enums or strings");
        return Enum.ToObject(type, value);
    }

    private bool Condition(IOperation condition, Scope scope) =>
        Evaluate(condition, scope) is bool value ? value : throw Failure(condition.Syntax, "the condition is null");

    private static object? Lookup(ISymbol symbol, IOperation reference, Scope scope) =>
        scope.TryGet(symbol, out var value) ? value : throw Failure(reference.Syntax, $"'{symbol.Name}' is declared outside the code being evaluated");

    /// <summary>EMRG001 at <paramref name="syntax"/>.</summary>
    private static EvaluationFailure Failure(SyntaxNode syntax, string reason) =>
        new(DiagnosticInfo.Create(DiagnosticDescriptors.NotEvaluable, LocationInfo.From(syntax), Quote(syntax), reason));

    /// <summary>The expression as the message shows it: one line, shortened.</summary>
    private static string Quote(SyntaxNode syntax)
    {
        const int MaxLength = 80;
        var text = new System.Text.StringBuilder();
        SyntaxToken? previous = null;
        foreach (var token in syntax.DescendantTokens())
        {
            // Layout and comments between tokens become one space; the tokens (string literals included) stay as written.
            if (previous is { } last && (last.HasTrailingTrivia || token.HasLeadingTrivia))
            {
                text.Append(' ');
            }

            text.Append(token.Text);
            previous = token;
        }

        var quoted = text.ToString();
        return "'" + (quoted.Length > MaxLength ? quoted.Substring(0, MaxLength - 3) + "..." : quoted) + "'";
    }
}
