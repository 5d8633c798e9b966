using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EmrDsl.Benchmarks;

// generator [sizes] [repetitions]           in-memory generator timings as a Markdown table
// styles [sizes] [repetitions]              shared-base vs helper-style definitions, cold generator runs interleaved
// analyzers [sizes] [repetitions]           in-memory analyzer timings (after the generator) as a Markdown table
// caches [sizes]                            hits, misses and time of each process-wide cache per phase (cold, analyzers, edits)
// lsp <repository root> <repetitions> <project dir>...   csharp-ls timings (open, edit) on synthetic projects already written and restored
// write-project <definitions> <dir> <EmrDsl.dll> <EmrDsl.Generators.dll> [EmrDsl.Analyzers.dll]   a synthetic project for `dotnet build`
switch (args.FirstOrDefault())
{
    case "generator":
        GeneratorTimings.Run(Sizes("10,100,1000"), Repetitions(5));
        return 0;
    case "styles":
        GeneratorTimings.RunStyles(Sizes("10,100,1000"), Repetitions(5));
        return 0;
    case "analyzers":
        AnalyzerTimings.Run(Sizes("100,1000"), Repetitions(3));
        return 0;
    case "caches":
        CacheCounts.Run(Sizes("100,1000"));
        return 0;
    case "lsp" when args.Length >= 4:
        LanguageServerTimings.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args.Skip(3).ToList());
        return 0;
    case "write-project" when args.Length is 5 or 6:
        SyntheticProject.WriteTo(args[2], int.Parse(args[1], CultureInfo.InvariantCulture), args[3], args[4], args.Length == 6 ? args[5] : null);
        return 0;
    default:
        Console.Error.WriteLine("usage: generator|styles|analyzers|caches [sizes, e.g. 10,100,1000] [repetitions] | lsp <repository root> <repetitions> <project dir>... | write-project <definitions> <dir> <EmrDsl.dll> <EmrDsl.Generators.dll> [EmrDsl.Analyzers.dll]");
        return 2;
}

List<int> Sizes(string fallback) => (args.Length > 1 ? args[1] : fallback).Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();

int Repetitions(int fallback) => args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : fallback;
