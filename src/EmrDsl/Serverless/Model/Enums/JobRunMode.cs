using EmrDsl.Wire;

namespace EmrDsl.Serverless.Model;

/// <summary>The <c>JobRunMode</c> values of the EMR Serverless API.</summary>
public enum JobRunMode
{
    [ApiValue("BATCH")]
    Batch,

    [ApiValue("STREAMING")]
    Streaming,
}
