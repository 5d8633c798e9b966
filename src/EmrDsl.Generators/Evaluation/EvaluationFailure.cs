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

    public DiagnosticInfo Diagnostic { get; }
}
