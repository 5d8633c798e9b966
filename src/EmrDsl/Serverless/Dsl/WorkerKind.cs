using EmrDsl.Wire;

namespace EmrDsl.Serverless;

/// <summary>
/// The worker types an application pre-initializes capacity for (the keys of <c>initialCapacity</c>):
/// Spark applications have Driver and Executor workers, Hive applications HiveDriver and TezTask workers.
/// </summary>
public enum WorkerKind
{
    [ApiValue("Driver")]
    Driver,

    [ApiValue("Executor")]
    Executor,

    [ApiValue("HiveDriver")]
    HiveDriver,

    [ApiValue("TezTask")]
    TezTask,
}
