using System.Collections.Generic;
using EmrDsl.Generators.Evaluation;
using EmrDsl.Generators.Specs;
using EmrDsl.Model;
using Microsoft.CodeAnalysis;
using EmrDsl.Generators.Caching;

namespace EmrDsl.Generators.Parsing;

/// <summary>
/// Whole parse results (artifacts written, diagnostics collected) kept across generator runs, per member that may carry
/// a marker (<see cref="MarkerSyntax"/>), so that after an edit an unaffected definition costs one lookup instead of
/// binding its attributes, a parse and four payloads written again. A result is reused while its own declaration (and
/// so its attributes as written), the trees its evaluation and its attributes' arguments read and the declarations of
/// its containing types (partial or not, other members of the same name) are unchanged. It holds one definition per
/// marker the member carries, none when its attributes turned out not to be EmrDsl's. Only members whose definitions
/// all evaluated are kept, as in <see cref="EvaluationCache"/>.
/// </summary>
internal static class DefinitionCache
{
    /// <summary>How many members were looked up and not found, so were parsed (for tests and benchmarks).</summary>
    public static int Misses => GeneratorCaches.Definitions.Misses;

    /// <param name="declaration">The member's declaration: the same instance as long as its file is unchanged.</param>
    /// <param name="projectSwitches">The optional artifacts the project asks for, which the parse wrote.</param>
    public static Definition[]? Find(SyntaxNode declaration, EquatableArray<string> projectSwitches, Compilation compilation) =>
        GeneratorCaches.Definitions.Find(declaration.SyntaxTree, (declaration, projectSwitches), compilation);

    /// <summary>Whether <see cref="Find"/> would find <paramref name="declaration"/>, without counting the lookup.</summary>
    public static bool Has(SyntaxNode declaration, EquatableArray<string> projectSwitches, Compilation compilation) =>
        GeneratorCaches.Definitions.Has(declaration.SyntaxTree, (declaration, projectSwitches), compilation);

    public static void Store(SyntaxNode declaration, EquatableArray<string> projectSwitches, Compilation compilation, IEnumerable<SyntaxTree> dependencies, Definition[] definitions) =>
        GeneratorCaches.Definitions.Store(declaration.SyntaxTree, (declaration, projectSwitches), compilation, dependencies, definitions);
}
