using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>How a statement ended: it ran through, returned a value, or left a loop or switch by <c>break</c>/<c>continue</c>.</summary>
internal readonly struct Completion
{
    public static readonly Completion Normal = default;

    private Completion(CompletionKind kind, object? value, ILabelSymbol? label)
    {
        Kind = kind;
        Value = value;
        Label = label;
    }

    public CompletionKind Kind { get; }

    public object? Value { get; }

    /// <summary>For <c>break</c> and <c>continue</c>: the label of the loop or switch they leave.</summary>
    public ILabelSymbol? Label { get; }

    public bool IsNormal => Kind == CompletionKind.Normal;

    public static Completion Return(object? value) => new(CompletionKind.Return, value, null);

    public static Completion Branch(ILabelSymbol label) => new(CompletionKind.Branch, null, label);

    public bool Targets(ILabelSymbol? label) =>
        Kind == CompletionKind.Branch && label is not null && SymbolEqualityComparer.Default.Equals(Label, label);
}

internal enum CompletionKind
{
    Normal,
    Return,
    Branch,
}
