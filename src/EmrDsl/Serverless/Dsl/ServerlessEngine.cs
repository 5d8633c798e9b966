using EmrDsl.Wire;

namespace EmrDsl.Serverless;

/// <summary>
/// The engine an EMR Serverless application runs (CreateApplication <c>type</c>). The API takes a free string;
/// these are the values it documents.
/// </summary>
public enum ServerlessEngine
{
    [ApiValue("SPARK")]
    Spark,

    [ApiValue("HIVE")]
    Hive,
}
