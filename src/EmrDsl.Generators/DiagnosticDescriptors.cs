using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators;

/// <summary>The generator's diagnostics (EMRG family); each id has a page under docs/rules.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "EmrDsl.Generator";

    public static readonly DiagnosticDescriptor NotEvaluable = Create(
        "EMRG001",
        "A definition uses a value that is not known at build time",
        "{0} cannot be evaluated at build time: {1}");

    public static readonly DiagnosticDescriptor DslRejectedArgument = Create(
        "EMRG002",
        "A definition fails when it is evaluated",
        "{0} fails at build time: {1}");

    public static readonly DiagnosticDescriptor CircularDefinition = Create(
        "EMRG003",
        "A definition depends on itself",
        "'{0}' refers back to itself through {1}; break the cycle by building both from a shared base definition");

    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Create(
        "EMRG004",
        "The type holding a definition is not partial",
        "'{0}' holds the [{2}] definition '{1}', so the generator adds '{1}Artifacts' to it; declare it 'partial' (for example 'public static partial class {0}')");

    public static readonly DiagnosticDescriptor DuplicateDefinition = Create(
        "EMRG005",
        "Two definitions produce the same name or file name",
        "'{0}' has the {1} '{2}', like '{3}' (see the additional location); give one of them a different name with .Named(...) or FileName = \"...\" on its attribute");

    public static readonly DiagnosticDescriptor UnsupportedTarget = Create(
        "EMRG006",
        "A marker attribute is on a member the generator cannot evaluate",
        "'{0}' {1}; [{2}] goes on a static property, static field or parameterless static method that returns {3}, in a non-generic type");

    public static readonly DiagnosticDescriptor InvalidFileName = Create(
        "EMRG007",
        "The FileName of a definition is not a plain file name",
        "[{3}(FileName = \"{0}\")] on '{1}' {2}; use letters, digits, '.', '-' and '_' only, starting with a letter or digit (no directory, no extension: the artifact kind is appended)");

    public static readonly DiagnosticDescriptor GeneratorFailure = Create(
        "EMRG008",
        "The EmrDsl generator failed unexpectedly on a definition",
        "The generator could not evaluate '{0}' ({1}); no artifacts are emitted for it. Please report this with the definition's code.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TerraformNotWritten = Create(
        "EMRG009",
        "A definition holds something Terraform cannot express",
        "No Terraform artifact is written for '{0}': {1}. The other artifacts are written; change the setting, or deploy it with the {2} JSON",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor EvaluationBudgetExceeded = Create(
        "EMRG010",
        "A definition takes too long to evaluate at build time",
        "{0} stops the build-time evaluation: {1}; make sure it ends (check its condition and what changes it), or build fewer values");

    public static readonly DiagnosticDescriptor TerraformLeftOut = Create(
        "EMRG011",
        "The Terraform of a definition leaves out a setting the provider cannot express",
        "The Terraform artifact of '{0}' is written without {1}, which the Terraform AWS provider has no argument for (TerraformLeaveOut); the cluster Terraform creates lacks it while the RunJobFlow JSON keeps it. Deploy with the RunJobFlow JSON to keep it, or remove it from the definition",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor StateMachineNotWritten = Create(
        "EMRG012",
        "The Step Functions state machine of a definition is not written",
        "The state machine of '{0}' is not written ({1}): {2}; its other artifacts are",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CloudFormationNotWritten = Create(
        "EMRG013",
        "A definition holds something CloudFormation cannot express",
        "No CloudFormation template is written for '{0}': {1}. The other artifacts are written; change the setting, or deploy it with the {2} JSON",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor OptionalArtifactNotWritten = Create(
        "EMRG015",
        "An optional artifact that was asked for is not written",
        "No {0} is written for {1}: {2}",
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true,
            helpLinkUri: EmrDsl.Rules.Rule.HelpBaseUrl + id + ".md");
}
