namespace EmrDsl.Generators.Specs;

/// <summary>
/// One type around a definition, as the emitter must re-declare it: <c>partial {Keyword} {Name}</c>
/// (for example <c>record struct</c> and <c>Pipelines</c>).
/// </summary>
internal sealed record TypeDeclarationSpec(string Keyword, string Name);
