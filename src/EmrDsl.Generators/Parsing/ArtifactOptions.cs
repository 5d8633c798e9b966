using System.Linq;
using EmrDsl.Emit.StepFunctions;
using EmrDsl.Emit.Terraform;
using EmrDsl.Model;

namespace EmrDsl.Generators.Parsing;

/// <summary>What the marker attribute (and, for the optional artifacts, the project) chose for the payloads.</summary>
/// <param name="JobFlowId">The cluster id written into AddJobFlowSteps (<c>[EmrCluster(JobFlowId = ...)]</c>).</param>
/// <param name="Terraform">The Terraform choices (<c>[EmrCluster(TerraformIgnoreChanges = ..., TerraformLeaveOut = ...)]</c>).</param>
/// <param name="OptedIn">The optional artifacts the attribute asks for (<c>StepFunctions = true</c>), by <see cref="OptionalArtifact.Switch"/>.</param>
/// <param name="OptedOut">The optional artifacts the attribute turns off (<c>StepFunctions = false</c>) whatever the project says.</param>
/// <param name="StateMachineOptions">The member the attribute names for the state machine's options (<c>StateMachineOptions = nameof(...)</c>).</param>
/// <param name="ProjectSwitches">The optional artifacts the project asks of every definition (<see cref="Specs.ProjectChoices.Enabled"/>).</param>
internal sealed record ArtifactOptions(string JobFlowId, TerraformOptions Terraform, EquatableArray<string> OptedIn = default, EquatableArray<string> OptedOut = default, string? StateMachineOptions = null, EquatableArray<string> ProjectSwitches = default)
{
    /// <summary>
    /// The options that member evaluated to, set once it is read (<see cref="StateMachineOptionsReader"/>); the cache key
    /// holds the member's name only, and the definition's cached result depends on the trees the options were read from.
    /// </summary>
    public StepFunctionsOptions? StateMachine { get; init; }

    /// <summary>The attribute's choice: true or false when it names <paramref name="switch"/>, null when it leaves it to the project.</summary>
    public bool? Chosen(string @switch) => OptedIn.Contains(@switch) ? true : OptedOut.Contains(@switch) ? false : null;

    /// <summary>Whether the definition writes the optional artifact: the attribute's choice wins, else the project's.</summary>
    public bool Asks(string @switch) => Chosen(@switch) ?? ProjectSwitches.Contains(@switch);
}
