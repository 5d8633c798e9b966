namespace EmrDsl.Rules;

/// <summary>How serious a finding is; maps one to one onto Roslyn's DiagnosticSeverity.</summary>
public enum FindingSeverity
{
    Info,
    Warning,
    Error,
}
