using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>Architecture</c> values of the EMR Serverless API.</summary>
public enum ServerlessArchitecture
{
    [ApiValue("ARM64")]
    Arm64,

    [ApiValue("X86_64")]
    X8664,
}
