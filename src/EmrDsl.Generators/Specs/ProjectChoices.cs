using System.Collections.Generic;
using System.Linq;
using EmrDsl.Generators.Parsing;
using EmrDsl.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmrDsl.Generators.Specs;

/// <summary>
/// The optional artifacts the project asks every definition for (<see cref="OptionalArtifacts"/>), read from its MSBuild
/// properties. Equatable, so the definitions meet it again only when a property changes.
/// </summary>
/// <param name="Enabled">The switches the project turns on (<c>StepFunctions</c>).</param>
/// <param name="Problems">Properties set to something other than true or false (EMRG015, reported once, without a location).</param>
internal sealed record ProjectChoices(EquatableArray<string> Enabled, EquatableArray<DiagnosticInfo> Problems)
{
    public static ProjectChoices Read(AnalyzerConfigOptions global)
    {
        var enabled = new List<string>();
        var problems = new List<DiagnosticInfo>();
        foreach (var optional in OptionalArtifacts.All)
        {
            // An unset property arrives empty: CompilerVisibleProperty writes every listed property.
            if (!global.TryGetValue(optional.BuildProperty, out var text) || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!bool.TryParse(text.Trim(), out var on))
            {
                problems.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.OptionalArtifactNotWritten,
                    location: null,
                    optional.Description,
                    "the project property " + optional.ProjectProperty,
                    $"its value '{text}' is not true or false; set <{optional.ProjectProperty}>true</{optional.ProjectProperty}> or false in the project file"));
            }
            else if (on)
            {
                enabled.Add(optional.Switch);
            }
        }

        return new ProjectChoices(enabled.ToEquatableArray(), problems.ToEquatableArray());
    }

    public bool Enables(string @switch) => Enabled.Contains(@switch);
}
