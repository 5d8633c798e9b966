using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EmrDsl.Generators.Evaluation.Values;
using EmrDsl.Generators.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Evaluates a definition without running user code: it interprets the operation trees of the definition and of the
/// project code it reaches (helpers, records, loops, LINQ over constant data), calling the generator's own copies of
/// the DSL types wherever that code calls the DSL, and allow-listed pure framework members. Anything whose value only
/// exists when the program runs stops evaluation with a diagnostic at that expression.
/// </summary>
internal sealed partial class OperationEvaluator
{
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly EvaluationSession _session;
    private readonly Stack<object?> _conditionalReceivers = new();
    private readonly Stack<object> _implicitReceivers = new();

    /// <summary>The declaration whose value this evaluator computes; code outside it is a helper.</summary>
    private SyntaxNode? _root;

    /// <summary>
    /// The call in <see cref="_root"/>'s own code through which the interpreter entered a helper with parameters, if it
    /// is in one: DSL calls inside the helper are reported there (see <see cref="SourceMapRecorder"/>).
    /// </summary>
    private LocationInfo? _helperCall;

    public OperationEvaluator(Compilation compilation, CancellationToken cancellationToken)
        : this(compilation, cancellationToken, new EvaluationSession())
    {
    }

    private OperationEvaluator(Compilation compilation, CancellationToken cancellationToken, EvaluationSession session)
    {
        _compilation = compilation;
        _cancellationToken = cancellationToken;
        _session = session;
        Dependencies = new EvaluationDependencies(compilation, cancellationToken);
    }

    /// <summary>The syntax trees the evaluation read, so a cached result can tell whether it still holds.</summary>
    public EvaluationDependencies Dependencies { get; }

    /// <summary>Which payload paths each DSL call set, filled in as evaluation goes.</summary>
    public SourceMapRecorder SourceMap { get; } = new();

    private EvaluationBudget Budget => _session.Budget;

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

        // A cycle back to a member being evaluated is found by the inner evaluator, which shares the session.
        var shared = SharedMembers.GetOrEvaluate(_compilation, member, () =>
        {
            var evaluator = new OperationEvaluator(_compilation, _cancellationToken, _session);
            var value = evaluator.Interpret(member, reference);
            return new MemberValue(value, evaluator.SourceMap.Records, evaluator.Dependencies.Trees);
        });
        Dependencies.AddTrees(shared.Trees);
        SourceMap.Replay(shared.Records);
        return shared.Value;
    }

    private object? Interpret(ISymbol member, SyntaxNode reference)
    {
        var definitions = _session.Definitions;
        if (definitions.Contains(member, SymbolEqualityComparer.Default))
        {
            var cycle = definitions.SkipWhile(d => !SymbolEqualityComparer.Default.Equals(d, member)).Append(member).Select(d => d.Name);
            throw new EvaluationFailure(DiagnosticInfo.Create(
                DiagnosticDescriptors.CircularDefinition, LocationInfo.From(reference), member.Name, string.Join(" -> ", cycle)));
        }

        var body = DefinitionBodies.Find(member, _compilation, _cancellationToken)
            ?? throw Failure(reference, Reasons.NoBody);
        Dependencies.AddBody(body);
        definitions.Add(member);
        var (root, helperCall) = (_root, _helperCall);
        _root ??= member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_cancellationToken);
        _helperCall = null;
        try
        {
            return Execute(body, Scope.Root(Frame.Static));
        }
        finally
        {
            definitions.RemoveAt(definitions.Count - 1);
            (_root, _helperCall) = (root, helperCall);
        }
    }

    private object? Evaluate(IOperation operation, Scope scope)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        Budget.Step(operation.Syntax);
        if (operation.Kind == OperationKind.Invalid)
        {
            throw EvaluationFailure.DoesNotCompile();
        }

        if (operation.ConstantValue.HasValue)
        {
            return Constant(operation, operation.ConstantValue.Value, operation.Type);
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
            IArrayElementReferenceOperation element => ReadElement(element, scope),
            IBinaryOperation binary => Binary(binary, scope),
            IUnaryOperation unary => Unary(unary, scope),
            IConditionalOperation { WhenFalse: { } whenFalse } conditional =>
                Evaluate(Condition(conditional.Condition, scope) ? conditional.WhenTrue : whenFalse, scope),
            ICoalesceOperation coalesce => Evaluate(coalesce.Value, scope) ?? Evaluate(coalesce.WhenNull, scope),
            IInterpolatedStringOperation interpolated => Interpolate(interpolated, scope),
            IParameterReferenceOperation parameter => ReadParameter(parameter, scope),
            ILocalReferenceOperation local => Lookup(local.Local, local, scope),
            IInstanceReferenceOperation instance => This(instance, scope),
            IDefaultValueOperation defaultValue => DefaultOf(defaultValue, scope),
            IConditionalAccessOperation access => ConditionalAccess(access, scope),
            IConditionalAccessInstanceOperation => _conditionalReceivers.Peek(),
            ISimpleAssignmentOperation assignment => Assign(assignment, scope),
            ICompoundAssignmentOperation compound => AssignCompound(compound, scope),
            ICoalesceAssignmentOperation coalesceAssignment => AssignCoalesce(coalesceAssignment, scope),
            IIncrementOrDecrementOperation increment => Increment(increment, scope),
            IDeconstructionAssignmentOperation deconstruction => Deconstruct(deconstruction, scope),
            ITupleOperation tuple => CreateTuple(tuple, scope),
            IAnonymousObjectCreationOperation anonymous => CreateAnonymous(anonymous, scope),
            ISwitchExpressionOperation switchExpression => Switch(switchExpression, scope),
            IIsPatternOperation isPattern => Matches(isPattern.Pattern, Evaluate(isPattern.Value, scope), scope),
            IIsTypeOperation isType => IsType(isType, scope),
            IThrowOperation @throw => throw Thrown(@throw, scope),
            IAnonymousFunctionOperation => throw Failure(operation.Syntax, Reasons.Expression(operation)),
            IDiscardOperation => null,
            ITranslatedQueryOperation query => Evaluate(query.Operation, scope),
            IParenthesizedOperation parenthesized => Evaluate(parenthesized.Operand, scope),
            _ when operation.Kind == CollectionExpressions.Kind => CreateCollection(operation, scope),
            _ => throw Failure(operation.Syntax, Reasons.Expression(operation)),
        };
    }

    /// <summary>A compile-time constant; an enum constant becomes the DSL's enum value or, for the project's enums, a <see cref="UserEnumValue"/>.</summary>
    private object? Constant(IOperation operation, object? value, ITypeSymbol? type)
    {
        if (value is null || type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            return value;
        }

        if (IsOwn(enumType))
        {
            return new UserEnumValue(enumType, value);
        }

        var clrType = ClrTypes.Map(enumType) ?? throw Failure(operation.Syntax, $"the enum '{enumType.Name}' is not a DSL, framework or project type, so the generator cannot represent its values; use the DSL's own enums or strings");
        return Enum.ToObject(clrType, value);
    }

    private bool Condition(IOperation condition, Scope scope) =>
        Evaluate(condition, scope) is bool value ? value : throw Failure(condition.Syntax, "the condition is null");

    private static object? Lookup(ISymbol symbol, IOperation reference, Scope scope) =>
        scope.TryGet(symbol, out var value) ? value : throw Failure(reference.Syntax, $"'{symbol.Name}' is declared outside the code being evaluated");

    /// <summary>A parameter, or a primary constructor parameter captured by the object being interpreted.</summary>
    private object? ReadParameter(IParameterReferenceOperation reference, Scope scope)
    {
        if (scope.TryGet(reference.Parameter, out var value))
        {
            return value;
        }

        return scope.Frame.This is UserObject self && self.TryGet(reference.Parameter, out var captured)
            ? captured
            : throw Failure(reference.Syntax, $"'{reference.Parameter.Name}' is declared outside the code being evaluated");
    }

    private object? This(IInstanceReferenceOperation instance, Scope scope) =>
        instance.ReferenceKind is InstanceReferenceKind.ImplicitReceiver or InstanceReferenceKind.PatternInput && _implicitReceivers.Count > 0
            ? _implicitReceivers.Peek()
            : scope.Frame.This ?? throw Failure(instance.Syntax, "'this' has no value here; the generator evaluates static definitions");

    private bool IsOwn(ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly) &&
        !symbol.DeclaringSyntaxReferences.IsEmpty;

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
