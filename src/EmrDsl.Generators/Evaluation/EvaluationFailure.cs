using System;
using EmrDsl.Generators.Specs;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Stops evaluation of a definition with the diagnostic to report. An exception because the failure can
/// arise deep inside DSL code that calls back into an interpreted lambda; it unwinds through that code.
/// </summary>
internal sealed class EvaluationFailure : Exception
{
    public EvaluationFailure(DiagnosticInfo diagnostic)
        : base(diagnostic.Descriptor.Id) => Diagnostic = diagnostic;

    private EvaluationFailure()
        : base("The definition does not compile.")
    {
    }

    /// <summary>The diagnostic to report; null when the code does not compile, which the compiler already reports.</summary>
    public DiagnosticInfo? Diagnostic { get; }

    /// <summary>Stops evaluation of code with compile errors: no artifacts, and nothing added to the compiler's errors.</summary>
    public static EvaluationFailure DoesNotCompile() => new();
}
