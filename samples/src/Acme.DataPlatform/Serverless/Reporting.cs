using EmrDsl;
using EmrDsl.Serverless;

namespace Acme.DataPlatform.Serverless;

/// <summary>
/// The weekly reporting job on EMR Serverless. [EmrCluster] covers clusters only, so these are built at run time
/// and printed by Program.cs (CreateApplication and StartJobRun requests).
/// </summary>
public static class Reporting
{
    public static ServerlessApplication Application => ServerlessApplication.Create("weekly-reporting")
        .Release(EmrRelease.Emr_7_2_0)
        .Type(ServerlessEngine.Spark)
        .InitialCapacity(WorkerKind.Driver, workers: 1, cpu: Cpu.VCpus(2), memory: Memory.Gigabytes(4))
        .InitialCapacity(WorkerKind.Executor, workers: 4, cpu: Cpu.VCpus(4), memory: Memory.Gigabytes(16))
        .MaximumCapacity(cpu: Cpu.VCpus(64), memory: Memory.Gigabytes(256))
        .AutoStop(TimeSpan.FromMinutes(15))
        .Tag("Owner", "analytics");

    /// <summary>The run of the job on an application already created (its id comes from CreateApplication).</summary>
    public static ServerlessJobRun Run(string applicationId) =>
        ServerlessJobRun.Create(applicationId, "arn:aws:iam::123456789012:role/emr-serverless-reporting")
            .Named("weekly-report")
            .SparkSubmit(SparkJob.For($"{Accounts.JobsBucket}/reporting/weekly.py")
                .Args("--week", "latest")
                .Executors(count: 4, cores: 4, memory: Memory.Gigabytes(14)))
            .MonitoringOverrides(s3LogUri: $"{Accounts.LogUri}serverless/")
            .ExecutionTimeout(TimeSpan.FromHours(2));
}
