namespace EmrDsl.Generators.Tests.Catalogue;

/// <summary>
/// One way teams write a definition, as a whole source file: its <c>Defs.C</c> cluster must evaluate at build time
/// to exactly what it gives at run time, and its payload must contain <see cref="Expected"/> (so the pattern did
/// what it says rather than something that merely compiles).
/// </summary>
public sealed record EvaluationPattern(string Name, string Source, string Expected)
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using EmrDsl;

        namespace Catalogue;

        """;

    public static EvaluationPattern Of(string name, string code, string expected) => new(name, Usings + code, expected);

    public override string ToString() => Name;
}
