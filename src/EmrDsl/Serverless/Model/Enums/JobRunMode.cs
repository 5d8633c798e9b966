using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>The <c>JobRunMode</c> values of the EMR Serverless API.</summary>
public enum JobRunMode
{
    [ApiValue("BATCH")]
    Batch,

    [ApiValue("STREAMING")]
    Streaming,
}
