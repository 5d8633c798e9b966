using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Generators.Parsing;
using EmrDsl.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EmrDsl.Generators.Specs;

/// <summary>
/// What the project asks of every definition, read from its MSBuild properties: the optional artifacts
/// (<see cref="OptionalArtifacts"/>) and whether payloads are also typed constants. Equatable, so the definitions meet
/// it again only when a property changes.
/// </summary>
/// <param name="Enabled">The switches the project turns on (<c>StepFunctions</c>).</param>
/// <param name="Problems">Properties set to something other than true or false (EMRG015, reported once, without a location).</param>
/// <param name="TypedConstants">
/// <c>&lt;EmrDslArtifactConstants&gt;true&lt;/EmrDslArtifactConstants&gt;</c>: each definition gets a public class of
/// typed constants (<c>NightlyEtlArtifacts.RunJobFlowJson</c>) instead of an entry in its file's private manifest constant.
/// </param>
/// <param name="DesignTime">
/// The compilation is an editor's (<c>DesignTimeBuild</c>, set by Visual Studio's and MSBuildWorkspace's design-time
/// builds), which is analyzed after every edit and never compiled into the assembly the build task reads.
/// </param>
internal sealed record ProjectChoices(EquatableArray<string> Enabled, EquatableArray<DiagnosticInfo> Problems, bool TypedConstants, bool DesignTime)
{
    /// <summary>The MSBuild property that asks for typed constants.</summary>
    public const string TypedConstantsProperty = "EmrDslArtifactConstants";

    /// <summary>The MSBuild property a design-time build sets (its value is written <c>True</c> or <c>true</c>).</summary>
    public const string DesignTimeProperty = "DesignTimeBuild";

    public static ProjectChoices Read(AnalyzerConfigOptions global)
    {
        var enabled = new List<string>();
        var problems = new List<DiagnosticInfo>();
        foreach (var optional in OptionalArtifacts.All)
        {
            if (IsOn(global, optional.ProjectProperty, optional.Description, problems))
            {
                enabled.Add(optional.Switch);
            }
        }

        var typedConstants = IsOn(global, TypedConstantsProperty, "class of typed artifact constants", problems);
        var designTime = global.TryGetValue("build_property." + DesignTimeProperty, out var text) && string.Equals(text.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        return new ProjectChoices(enabled.ToEquatableArray(), problems.ToEquatableArray(), typedConstants, designTime);
    }

    public bool Enables(string @switch) => Enabled.Contains(@switch);

    /// <summary>
    /// Whether the compilation gets the artifact sources. An editor's does not get the private manifest constants: only
    /// the build task and <c>emrdsl export</c> read them, from the assembly a real build compiles, while the editor would
    /// bind and analyze them after every edit (4.6 MB of source at 1,000 definitions, bench/README.md). Typed constants
    /// are code the project reads, so they are always there.
    /// </summary>
    public bool WritesArtifacts => TypedConstants || !DesignTime;

    /// <summary>Whether the property is true; a value other than true or false is a problem, and off.</summary>
    private static bool IsOn(AnalyzerConfigOptions global, string property, string description, List<DiagnosticInfo> problems)
    {
        // An unset property arrives empty: CompilerVisibleProperty writes every listed property.
        if (!global.TryGetValue("build_property." + property, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (bool.TryParse(text.Trim(), out var on))
        {
            return on;
        }

        problems.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.OptionalArtifactNotWritten,
            location: null,
            description,
            "the project property " + property,
            $"its value '{text}' is not true or false; set <{property}>true</{property}> or false in the project file"));
        return false;
    }
}
