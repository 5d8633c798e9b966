using EmrDsl;
using EmrDsl.Serverless;

namespace Acme.DataPlatform.RuleShowcase;

/// <summary>EMR Serverless definitions with the mistakes the Serverless rules catch, each reported where it is made.</summary>
public static partial class FlawedServerless
{
    /// <summary>An application that never stops and has no ceiling.</summary>
    [EmrServerless]
    public static ServerlessApplication AlwaysOn => ServerlessApplication.Create("flawed-always-on") // EMR101: no maximum capacity
        .Release(EmrRelease.Emr_7_2_0)
        .Type(ServerlessEngine.Spark)
        .InitialCapacity(WorkerKind.Executor, workers: 2, cpu: Cpu.VCpus(4), memory: Memory.Gigabytes(16))
        .DisableAutoStop();                                                 // EMR104: pre-initialized workers bill while idle

    /// <summary>A batch run with no execution timeout.</summary>
    [EmrServerless]
    public static ServerlessJobRun Unbounded => ServerlessJobRun.Create("00fabcdexample01", "arn:aws:iam::123456789012:role/emr-serverless-jobs") // EMR105: no execution timeout
        .Named("flawed-unbounded")
        .SparkSubmit(SparkJob.For("s3://acme-jobs/reporting/weekly.py"));
}
