using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EmrDsl.Generators.Specs;
using EmrDsl.Model;

namespace EmrDsl.Generators.Emitter;

/// <summary>
/// Which generated file each definition's source goes in: one file per definition, named after it, in a project of up
/// to <see cref="MostFiles"/> definitions; in a larger one, <see cref="MostFiles"/> files, each holding the definitions
/// whose file names hash to it. Why: Roslyn's driver spends about 11 µs per generated file on every run, however
/// unchanged the file, so 1,000 files cost every edit about 11 ms before the generator does anything (bench/README.md,
/// "One step over the compilation"). In the default form each file is one manifest constant, so the compiler also meets
/// at most 64 declarations instead of one per definition. A file is written again only when one of its definitions changed.
/// </summary>
internal static class ArtifactFiles
{
    /// <summary>At most this many files: below it a file per definition, at it about 0.7 ms of the driver's time per run.</summary>
    public const int MostFiles = 64;

    /// <summary>The files for <paramref name="sources"/>; the same sources give the same files in any order.</summary>
    /// <remarks>This runs after every edit over all the project's definitions, so each file's few are sorted, not all of them.</remarks>
    public static EquatableArray<ArtifactFile> Of(ImmutableArray<EmittedSource> sources)
    {
        if (sources.Length <= MostFiles)
        {
            return Ordered(sources).Select(source => new ArtifactFile(source.HintName, source.Spec.ArtifactsName, EquatableArray.Create(source))).ToEquatableArray();
        }

        var buckets = new List<EmittedSource>?[MostFiles];
        foreach (var source in sources)
        {
            (buckets[source.Bucket] ??= new List<EmittedSource>()).Add(source);
        }

        var files = new List<ArtifactFile>(MostFiles);
        for (var bucket = 0; bucket < MostFiles; bucket++)
        {
            if (buckets[bucket] is { } members)
            {
                files.Add(new ArtifactFile($"Group{bucket:00}{ArtifactsEmitter.HintNameSuffix}", $"EmrDslGroup{bucket:00}Artifacts", Ordered(members).ToEquatableArray()));
            }
        }

        return files.ToEquatableArray();
    }

    private static IEnumerable<EmittedSource> Ordered(IEnumerable<EmittedSource> sources) =>
        sources.OrderBy(source => source.HintName, System.StringComparer.Ordinal);

    /// <summary>FNV-1a over the name's characters: the same in every process (<see cref="string.GetHashCode()"/> is not).</summary>
    public static int Bucket(string hintName)
    {
        var hash = 2166136261u;
        foreach (var c in hintName)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % MostFiles);
    }
}

/// <summary>One definition's part of the generated files (<see cref="ArtifactsEmitter.Emit"/>).</summary>
/// <param name="Spec">The definition.</param>
/// <param name="Form">The project's form, which <paramref name="Text"/> is in.</param>
/// <param name="Text">Its whole source (typed constants) or its manifest entry.</param>
internal sealed record EmittedSource(ArtifactsSpec Spec, ArtifactsForm Form, string Text)
{
    /// <summary>The name the definition's own file has.</summary>
    public string HintName => Spec.HintName;

    /// <summary>Which of the files of a large project it goes in (<see cref="ArtifactFiles"/>), computed once with the source.</summary>
    public int Bucket { get; } = ArtifactFiles.Bucket(Spec.HintName);
}

/// <summary>One generated file: its definitions' parts, kept apart so that comparing files compares the unchanged ones by reference.</summary>
/// <param name="ConstantName">What the file's manifest constant is called, in the type of its first definition (the default form).</param>
internal sealed record ArtifactFile(string HintName, string ConstantName, EquatableArray<EmittedSource> Parts)
{
    public string Text() => ArtifactsEmitter.Write(this);
}
