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
/// Writes a definition's optional artifacts (<see cref="OptionalArtifacts"/>) before the project's choice is known, each
/// with what to report when it is asked for and cannot be written: EMRG012 per finding of a refused state machine,
/// EMRG013 at the call that set what CloudFormation cannot express, EMRG015 when the definition cannot have it. One its attribute turns off is not written at all; one its kind does not
/// offer is left out silently unless the attribute asked for it.
/// </summary>
internal static class OptionalArtifactParser
{
    /// <param name="stateMachineProblem">Why the options the attribute names for the state machine cannot be used; no state machine is written then.</param>
    public static EquatableArray<OptionalArtifactSpec> For(object value, Definition definition, DefinitionResource resource, SourceMap sourceMap, MarkedMember member, ArtifactOptions options, DiagnosticInfo? stateMachineProblem, CancellationToken cancellationToken)
    {
        var kind = member.Kind;
        var specs = new List<OptionalArtifactSpec>();
        foreach (var optional in OptionalArtifacts.All)
        {
            var chosen = options.Chosen(optional.Switch);
            if (chosen == false)
            {
                continue;
            }

            // Asked for by the attribute: reported at its argument; by the project: at the definition, with the way out.
            var location = chosen == true ? ArgumentLocation(member, optional.Switch, cancellationToken) ?? definition.Location : definition.Location;
            var wayOut = chosen == true
                ? $"or remove {optional.Switch} = true from its [{kind.AttributeName}] attribute"
                : $"or set {optional.Switch} = false on its [{kind.AttributeName}] attribute to write none";
            if (optional == OptionalArtifacts.StepFunctions && stateMachineProblem is not null && ArtifactCatalog.Offers(value, optional))
            {
                specs.Add(new OptionalArtifactSpec(optional.Switch, chosen, Artifact: null, EquatableArray.Create(stateMachineProblem)));
                continue;
            }

            switch (ArtifactCatalog.Optional(value, optional, options))
            {
                case null when chosen == true:
                    var offering = string.Join(", ", ArtifactCatalog.Offering(optional));
                    specs.Add(NotWritten(optional, chosen, definition, location, $"{value.GetType().Name} definitions have none (only {offering} definitions do); remove {optional.Switch} = true from its [{kind.AttributeName}] attribute"));
                    break;
                case null:
                    break;
                case { Artifact: { } artifact }:
                    specs.Add(new OptionalArtifactSpec(optional.Switch, chosen, artifact, EquatableArray<DiagnosticInfo>.Empty));
                    break;
                case { Unrepresentable: { } refusal }:
                    specs.Add(new OptionalArtifactSpec(optional.Switch, chosen, Artifact: null, EquatableArray.Create(
                        DiagnosticInfo.Create(DiagnosticDescriptors.CloudFormationNotWritten, sourceMap.Resolve(refusal.Path), definition.Name, refusal.Message.TrimEnd('.'), resource.Request))));
                    break;
                case { Problem: { } problem }:
                    specs.Add(NotWritten(optional, chosen, definition, location, problem.TrimEnd('.') + "; " + wayOut));
                    break;
                case { Refused: var findings }:
                    specs.Add(new OptionalArtifactSpec(optional.Switch, chosen, Artifact: null, findings
                        .Select(f => DiagnosticInfo.Create(DiagnosticDescriptors.StateMachineNotWritten, sourceMap.Resolve(f.Path), definition.Name, f.Id, f.Message.TrimEnd('.')))
                        .ToEquatableArray()));
                    break;
            }
        }

        return specs.ToEquatableArray();
    }

    private static OptionalArtifactSpec NotWritten(OptionalArtifact optional, bool? chosen, Definition definition, LocationInfo location, string reason) =>
        new(optional.Switch, chosen, Artifact: null, EquatableArray.Create(
            DiagnosticInfo.Create(DiagnosticDescriptors.OptionalArtifactNotWritten, location, optional.Description, $"'{definition.Name}'", reason)));

    /// <summary>The marker attribute's <c>Name = ...</c> argument (<c>StepFunctions = true</c>).</summary>
    public static LocationInfo? ArgumentLocation(MarkedMember member, string name, CancellationToken cancellationToken) =>
        member.Marker.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList: { } arguments }
            ? LocationInfo.From(arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name))
            : null;
}
