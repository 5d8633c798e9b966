using System.Collections.Generic;
using System.Linq;

namespace EmrDsl.Generators.Tests.Catalogue;

/// <summary>
/// What depends on the machine or the moment is refused, each with its diagnostic at the exact expression and what
/// to write instead (docs/evaluation.md lists the same refusals with their reasons).
/// </summary>
public static class RefusedPatterns
{
    public static IEnumerable<object[]> All => Patterns.Select(p => new object[] { p });

    public static readonly RefusedPattern[] Patterns =
    {
        new("environment variable", "Cluster.Create(Environment.GetEnvironmentVariable(\"NAME\")!)", "", "EMRG001", "Environment.GetEnvironmentVariable(\"NAME\")", "reads the machine the program runs on"),
        new("the clock", "Cluster.Create($\"etl-{DateTime.Now:yyyy}\")", "", "EMRG001", "DateTime.Now", "known only when the program runs"),
        new("a file", "Cluster.Create(System.IO.File.ReadAllText(\"name.txt\"))", "", "EMRG001", "System.IO.File.ReadAllText(\"name.txt\")", "reads the machine the program runs on"),
        new("randomness", "Cluster.Create(new Random().Next().ToString())", "", "EMRG001", "new Random().Next()", "reads the machine the program runs on"),
        new("a new Guid", "Cluster.Create(Guid.NewGuid().ToString())", "", "EMRG001", "Guid.NewGuid()", "reads the machine the program runs on"),
        new("reflection", "Cluster.Create(typeof(Defs).Name)", "", "EMRG001", "typeof(Defs).Name", "inspects types at run time (reflection)"),
        new("a hash code", "Cluster.Create(\"x\" + \"etl\".GetHashCode())", "", "EMRG001", "\"etl\".GetHashCode()", "'String.GetHashCode' is not run at build time"),
        new("a static field written", "Cluster.Create(Next())", "static int s_count; static string Next() { s_count++; return $\"etl-{s_count}\"; }", "EMRG001", "s_count", "changes static state"),
        new("a static list changed", "Cluster.Create(Names())", "static readonly List<string> Seen = new(); static string Names() { Seen.Add(\"etl\"); return Seen[0]; }", "EMRG001", "Seen.Add(\"etl\")", "changes static state"),
        new("an out parameter of the project's method", "Cluster.Create(Name())", "static void Split(string s, out string head) { head = s; } static string Name() { Split(\"etl\", out var head); return head; }", "EMRG001", "out var head", "ref and out arguments are evaluated only for framework members"),
        new("a loop that never ends", "Cluster.Create(Forever())", "static string Forever() { var name = \"etl\"; while (true) { name = name.Trim(); } }", "EMRG010", "while", "did not finish within 1,000,000 evaluation steps"),
        new("unbounded recursion", "Cluster.Create(Deep(1))", "static string Deep(int n) => Deep(n + 1);", "EMRG010", "Deep(n + 1)", "more than 200 deep"),
        new("a sequence too long to build", "Cluster.Create(Enumerable.Range(0, int.MaxValue).Count().ToString())", "", "EMRG010", "Enumerable.Range(0, int.MaxValue)", "asks for 2,147,483,647 elements"),
        new("a switch expression with no matching arm", "Cluster.Create(Name(3))", "static string Name(int n) => n switch { 1 => \"one\", 2 => \"two\" };", "EMRG002", "n switch { 1 => \"one\", 2 => \"two\" }", "no arm of the switch expression matches 3"),
        new("a thrown exception", "Cluster.Create(Checked(\"\"))", "static string Checked(string s) => s.Length > 0 ? s : throw new ArgumentException(\"a name is required\");", "EMRG002", "throw new ArgumentException(\"a name is required\")", "it throws ArgumentException: a name is required"),
        new("a framework exception", "Cluster.Create(new[] { \"a\" }.Single(n => n == \"b\"))", "", "EMRG002", ".Single(n => n == \"b\")", "Sequence contains no matching element"),
    };
}

/// <summary>A definition body (and helper members) that must be refused with <paramref name="Id"/> at <paramref name="At"/>.</summary>
public sealed record RefusedPattern(string Name, string Body, string Members, string Id, string At, string Reason)
{
    public string Source => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using EmrDsl;

        public static partial class Defs
        {
            {{Members}}
            [EmrCluster] public static Cluster C => {{Body}};
        }
        """;

    public override string ToString() => Name;
}
