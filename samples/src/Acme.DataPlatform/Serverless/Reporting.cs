using EmrDsl;
using EmrDsl.Serverless;

namespace Acme.DataPlatform.Serverless;

/// <summary>
/// The weekly reporting job on EMR Serverless: the build writes weekly-reporting.createapplication.json,
/// weekly-reporting.tf.json and weekly-report.startjobrun.json beside the cluster artifacts.
/// </summary>
public static partial class Reporting
{
    /// <summary>The id CreateApplication returned for <see cref="Application"/>, recorded once it exists.</summary>
    public const string ApplicationId = "00fabcdexample01";

    [EmrServerless]
    public static ServerlessApplication Application => ServerlessApplication.Create("weekly-reporting")
        .Release(EmrRelease.Emr_7_2_0)
        .Type(ServerlessEngine.Spark)
        .InitialCapacity(WorkerKind.Driver, workers: 1, cpu: Cpu.VCpus(2), memory: Memory.Gigabytes(4))
        .InitialCapacity(WorkerKind.Executor, workers: 4, cpu: Cpu.VCpus(4), memory: Memory.Gigabytes(16))
        .MaximumCapacity(cpu: Cpu.VCpus(64), memory: Memory.Gigabytes(256))
        .AutoStop(TimeSpan.FromMinutes(15))
        .Tag("Owner", "analytics");

    /// <summary>The weekly run of the job on that application.</summary>
    [EmrServerless]
    public static ServerlessJobRun WeeklyRun =>
        ServerlessJobRun.Create(ApplicationId, "arn:aws:iam::123456789012:role/emr-serverless-reporting")
            .Named("weekly-report")
            .SparkSubmit(SparkJob.For($"{Accounts.JobsBucket}/reporting/weekly.py")
                .Args("--week", "latest")
                .Executors(count: 4, cores: 4, memory: Memory.Gigabytes(14)))
            .MonitoringOverrides(s3LogUri: $"{Accounts.LogUri}serverless/")
            .ExecutionTimeout(TimeSpan.FromHours(2));
}
