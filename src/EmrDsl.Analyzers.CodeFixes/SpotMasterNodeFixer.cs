using System.Composition;
using EmrDsl.Analyzers.CodeFixes.Editing;
using EmrDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EmrDsl.Analyzers.CodeFixes;

/// <summary>EMR006: the master group's <c>.Spot()</c> becomes <c>.OnDemand()</c>; a master fleet's Spot units become on-demand units.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SpotMasterNodeFixer))]
[Shared]
public sealed class SpotMasterNodeFixer() : OnDemandFixer(RuleIds.SpotMasterNode);
