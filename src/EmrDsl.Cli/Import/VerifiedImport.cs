using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;

namespace EmrDsl.Cli.Import;

/// <summary>
/// Turns a request into a fluent definition. Each statement is written with the DSL when the same DSL calls, made
/// here, reproduce it exactly; otherwise (a value the DSL's checks refuse, a member it does not cover) with the raw
/// escape hatch. Every member of the request's shape is then checked once more and written raw if still different,
/// so the whole request round-trips whatever the statements cover.
/// </summary>
internal static class VerifiedImport
{
    public static Chain Import<TDef, TSpec>(DefinitionType<TDef, TSpec> type, TSpec target, Head<TDef>? head, IEnumerable<Statement<TDef, TSpec>> statements)
        where TSpec : class, new() =>
        Import(type, target, head, Records.CopyMembers(type.Shape, new TSpec(), target, head?.Members ?? Array.Empty<string>()), statements);

    /// <summary>
    /// As above, for a head that sets part of a member (a job template's factory sets two members of its
    /// <c>jobTemplateData</c>): <paramref name="seed"/> is what the head builds, and what the spec literal holds otherwise.
    /// </summary>
    public static Chain Import<TDef, TSpec>(DefinitionType<TDef, TSpec> type, TSpec target, Head<TDef>? head, TSpec seed, IEnumerable<Statement<TDef, TSpec>> statements)
        where TSpec : class, new()
    {
        var (code, definition) = Start(type, seed, head);
        return Verify(type.Spec, type.With, code, definition, target, statements.Concat(Leftovers(type, target)));
    }

    /// <summary>
    /// The statements after the head <paramref name="code"/> (which built <paramref name="start"/>), each fluent where its
    /// calls build exactly its part and raw otherwise; the whole must build <paramref name="target"/>. For definitions
    /// without a shape table (a security configuration), whose statements must cover every member themselves.
    /// </summary>
    public static Chain Verify<TDef, TSpec>(
        Func<TDef, TSpec> spec, Func<TDef, Func<TSpec, TSpec>, TDef> with, string code, TDef start, TSpec target, IEnumerable<Statement<TDef, TSpec>> statements)
    {
        var definition = start;
        var calls = new List<Call>();
        foreach (var statement in statements)
        {
            var current = spec(definition);
            var expected = statement.Expected(current);
            var fluent = statement.Candidates.FirstOrDefault(c => c.Calls.Count > 0 && Builds(spec, c, definition, expected));
            if (fluent is not null)
            {
                calls.AddRange(fluent.Calls);
                definition = fluent.Apply(definition);
            }
            else if (!Equals(expected, current))
            {
                calls.Add(statement.Raw(current));
                definition = with(definition, _ => expected);
            }
        }

        return Equals(spec(definition), target)
            ? new Chain(code, calls, oneCallPerLine: true)
            : throw new InvalidOperationException("The imported definition does not reproduce the request; please report this with the payload.");
    }

    /// <summary>The factory call when it builds exactly the head members, else <c>Type.FromSpec(new TSpec { ... })</c>.</summary>
    private static (string Code, TDef Definition) Start<TDef, TSpec>(DefinitionType<TDef, TSpec> type, TSpec seed, Head<TDef>? head)
        where TSpec : class, new()
    {
        if (head is not null && Attempt(() => head.Make()) is { } made && Equals(type.Spec(made), seed))
        {
            return (head.Code, made);
        }

        var literal = new Syntax.Construction("new " + typeof(TSpec).Name, SpecLiteral.SetMembers(type.Shape, seed));
        return ($"{type.TypeName}.FromSpec({literal.Inline})", type.FromSpec(seed));
    }

    /// <summary>Whether the candidate's DSL calls build exactly <paramref name="expected"/>; a refused argument is simply a no.</summary>
    private static bool Builds<TDef, TSpec>(Func<TDef, TSpec> spec, Fluent<TDef> candidate, TDef definition, TSpec expected) =>
        Attempt(() => candidate.Apply(definition)) is { } built && Equals(spec(built), expected);

    public static T? Attempt<T>(Func<T> make)
    {
        try
        {
            return make();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return default;
        }
    }

    /// <summary>A raw statement for every top-level member; it writes nothing when the fluent statements got the member right.</summary>
    private static IEnumerable<Statement<TDef, TSpec>> Leftovers<TDef, TSpec>(DefinitionType<TDef, TSpec> type, TSpec target)
        where TSpec : class, new() =>
        type.Shape.Members.Select(member => Statement.Members(type.Shape, target, Fluent<TDef>.Empty, member.Name));
}
