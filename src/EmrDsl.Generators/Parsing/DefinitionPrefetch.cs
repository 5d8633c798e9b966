using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EmrDsl.Generators.Caching;
using EmrDsl.Generators.Evaluation;
using EmrDsl.Model;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Parsing;

/// <summary>
/// Parses a compilation's definitions on a second thread while Roslyn's driver asks for them on its own. The driver
/// calls the transform for one definition after another on one thread; in a cold build those parses are most of the
/// generator's time, while the machine's other cores wait for the compiler (bench/README.md, "Two threads").
/// <para>
/// The helper starts when a compilation has a second definition to parse, so an edit to one definition never starts
/// it. It finds the marked members itself and works from the last one back while the driver goes forward; each
/// definition is parsed once, by whichever thread claims it first, and the driver's thread waits only for the one
/// the helper is in the middle of. Parsing is pure (its results are data, and the caches it fills are thread-safe:
/// the analyzers already evaluate concurrently), so which thread parsed a definition never shows in the output.
/// </para>
/// <para>
/// Lifetime: one instance per compilation in <see cref="GeneratorCaches.Prefetches"/>, collected with it. The helper
/// runs at most once per compilation and holds the compilation only while it runs: it ends when it has gone through
/// every marked member (those the driver's thread took cost it one cache lookup each) or when the generator run that
/// started it is cancelled. A claim whose
/// thread was cancelled is given up, and the next thread to need that definition parses it.
/// </para>
/// </summary>
internal sealed class DefinitionPrefetch
{
    /// <summary>Each definition's claim, for the project's optional artifacts the parse writes (one compilation may be parsed for two choices).</summary>
    private readonly ConcurrentDictionary<(SyntaxNode Node, DefinitionKind Kind, EquatableArray<string> ProjectSwitches), Claim> _claims = new();
    private int _parses;
    private int _parsedAhead;
    private Task? _helper;

    public static DefinitionPrefetch Of(Compilation compilation) => GeneratorCaches.Prefetches.GetValue(compilation, static _ => new DefinitionPrefetch());

    /// <summary>The helper's run, or a completed task when none started (tests wait for it before they drop a compilation).</summary>
    internal Task Helper => Volatile.Read(ref _helper) ?? Task.CompletedTask;

    /// <summary>How many definitions the helper parsed (for tests and benchmarks).</summary>
    public int ParsedAhead => Volatile.Read(ref _parsedAhead);

    /// <summary>The parse of <paramref name="member"/>, which <see cref="DefinitionCache"/> does not have: the helper's, or this thread's own.</summary>
    public DefinitionParser.Parsed Take(MarkedMember member, EquatableArray<string> projectSwitches, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _parses) == 2)
        {
            var compilation = member.Compilation;
            Volatile.Write(ref _helper, Task.Run(() => ParseAhead(compilation, projectSwitches, cancellationToken), cancellationToken));
        }

        while (true)
        {
            var mine = new Claim();
            var claim = _claims.GetOrAdd((member.Node, member.Kind, projectSwitches), mine);
            if (claim == mine)
            {
                return Parse(member, projectSwitches, claim, cancellationToken);
            }

            if (claim.Wait(cancellationToken) is { } parsed)
            {
                return parsed;
            }
        }
    }

    /// <summary>The helper: every marked member not yet parsed or claimed, from the last one back.</summary>
    internal void ParseAhead(Compilation compilation, EquatableArray<string> projectSwitches, CancellationToken cancellationToken)
    {
        try
        {
            var members = MarkedMembers(compilation, projectSwitches, cancellationToken);
            for (var i = members.Count - 1; i >= 0; i--)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var member = members[i];
                var claim = new Claim();
                if (!DefinitionCache.Has(member.Node, projectSwitches, compilation) && _claims.TryAdd((member.Node, member.Kind, projectSwitches), claim))
                {
                    Parse(member, projectSwitches, claim, cancellationToken);
                    Interlocked.Increment(ref _parsedAhead);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run was cancelled; its own thread is cancelled too, and a later run parses what is left.
        }
    }

    /// <summary>Parses a definition this thread claimed; a cancelled parse gives its claim up for another thread.</summary>
    private DefinitionParser.Parsed Parse(MarkedMember member, EquatableArray<string> projectSwitches, Claim claim, CancellationToken cancellationToken)
    {
        try
        {
            var parsed = DefinitionParser.ParseUncached(member, projectSwitches, cancellationToken);
            claim.Complete(parsed);
            return parsed;
        }
        catch (OperationCanceledException)
        {
            ((ICollection<KeyValuePair<(SyntaxNode, DefinitionKind, EquatableArray<string>), Claim>>)_claims).Remove(
                new KeyValuePair<(SyntaxNode, DefinitionKind, EquatableArray<string>), Claim>((member.Node, member.Kind, projectSwitches), claim));
            claim.Complete(null);
            throw;
        }
    }

    /// <summary>
    /// The members carrying a marker that <see cref="DefinitionCache"/> does not have, in source order, found as the
    /// generator finds them (<see cref="MarkerSyntax"/>). Cached ones are left out before their attributes are bound: after an edit to
    /// two definitions of a thousand, the helper binds two.
    /// </summary>
    internal static List<MarkedMember> MarkedMembers(Compilation compilation, EquatableArray<string> projectSwitches, CancellationToken cancellationToken) =>
        MarkerSyntax.Candidates(compilation)
            .Where(declaration => !DefinitionCache.Has(declaration, projectSwitches, compilation))
            .SelectMany(declaration => MarkedMember.Of(declaration, compilation, cancellationToken))
            .ToList();

    /// <summary>One definition being parsed by one thread; other threads wait for its result.</summary>
    private sealed class Claim
    {
        private readonly TaskCompletionSource<DefinitionParser.Parsed?> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Complete(DefinitionParser.Parsed? parsed) => _result.SetResult(parsed);

        /// <summary>The parse, or null when the thread that claimed it was cancelled.</summary>
        public DefinitionParser.Parsed? Wait(CancellationToken cancellationToken)
        {
            _result.Task.Wait(cancellationToken);
            return _result.Task.Result;
        }
    }
}
