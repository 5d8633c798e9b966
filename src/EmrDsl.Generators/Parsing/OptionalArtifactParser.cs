using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EmrDsl.Generators.Evaluation;
using EmrDsl.Generators.Specs;
using EmrDsl.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EmrDsl.Generators.Parsing;

/// <summary>
/// Writes the optional artifacts (<see cref="OptionalArtifacts"/>) a definition's attribute or its project asks for, or
/// what to report when one cannot be written: EMRG012 per finding of a refused state machine, EMRG013 at the call that
/// set what CloudFormation cannot express, EMRG015 when the definition cannot have it. One not asked for is not written
/// (a cluster's state machine and template cost more to write than its four payloads, bench/README.md); one its kind
/// does not offer is left out silently unless the attribute asked for it.
/// </summary>
internal static class OptionalArtifactParser
{
    /// <param name="stateMachineProblem">Why the options the attribute names for the state machine cannot be used; no state machine is written then.</param>
    /// <param name="artifacts">Where the written artifacts go.</param>
    /// <param name="diagnostics">Where the reasons an asked-for artifact is not written go.</param>
    public static void Add(object value, Definition definition, DefinitionResource resource, SourceMap sourceMap, MarkedMember member, ArtifactOptions options, DiagnosticInfo? stateMachineProblem, List<NamedArtifact> artifacts, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var kind = member.Kind;
        foreach (var optional in OptionalArtifacts.All)
        {
            if (!options.Asks(optional.Switch))
            {
                continue;
            }

            var chosen = options.Chosen(optional.Switch);

            // Asked for by the attribute: reported at its argument; by the project: at the definition, with the way out.
            var location = chosen == true ? ArgumentLocation(member, optional.Switch, cancellationToken) ?? definition.Location : definition.Location;
            var wayOut = chosen == true
                ? $"or remove {optional.Switch} = true from its [{kind.AttributeName}] attribute"
                : $"or set {optional.Switch} = false on its [{kind.AttributeName}] attribute to write none";
            if (optional == OptionalArtifacts.StepFunctions && stateMachineProblem is not null && ArtifactCatalog.Offers(value, optional))
            {
                diagnostics.Add(stateMachineProblem);
                continue;
            }

            switch (ArtifactCatalog.Optional(value, optional, options))
            {
                case null when chosen == true:
                    var offering = string.Join(", ", ArtifactCatalog.Offering(optional));
                    diagnostics.Add(NotWritten(optional, definition, location, $"{value.GetType().Name} definitions have none (only {offering} definitions do); remove {optional.Switch} = true from its [{kind.AttributeName}] attribute"));
                    break;
                case null:
                    break;
                case { Artifact: { } artifact }:
                    artifacts.Add(artifact);
                    break;
                case { Unrepresentable: { } refusal }:
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CloudFormationNotWritten, sourceMap.Resolve(refusal.Path), definition.Name, refusal.Message.TrimEnd('.'), resource.Request));
                    break;
                case { Problem: { } problem }:
                    diagnostics.Add(NotWritten(optional, definition, location, problem.TrimEnd('.') + "; " + wayOut));
                    break;
                case { Refused: var findings }:
                    diagnostics.AddRange(findings.Select(f => DiagnosticInfo.Create(DiagnosticDescriptors.StateMachineNotWritten, sourceMap.Resolve(f.Path), definition.Name, f.Id, f.Message.TrimEnd('.'))));
                    break;
            }
        }
    }

    private static DiagnosticInfo NotWritten(OptionalArtifact optional, Definition definition, LocationInfo location, string reason) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.OptionalArtifactNotWritten, location, optional.Description, $"'{definition.Name}'", reason);

    /// <summary>The marker attribute's <c>Name = ...</c> argument (<c>StepFunctions = true</c>).</summary>
    public static LocationInfo? ArgumentLocation(MarkedMember member, string name, CancellationToken cancellationToken) =>
        member.Marker.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList: { } arguments }
            ? LocationInfo.From(arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name))
            : null;
}
