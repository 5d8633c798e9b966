using System.Composition;
using EmrDsl.Analyzers.CodeFixes.Editing;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>EMR001: the core group's <c>.Spot()</c> becomes <c>.OnDemand()</c>; a core fleet's Spot units become on-demand units.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SpotCoreNodesFixer))]
[Shared]
public sealed class SpotCoreNodesFixer() : OnDemandFixer(RuleIds.SpotCoreNodes);
