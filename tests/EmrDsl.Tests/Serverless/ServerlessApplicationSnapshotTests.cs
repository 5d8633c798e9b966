using System;
using EmrDsl.Serverless;
using EmrDsl.Serverless.Model;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Serverless;

/// <summary>CreateApplication payloads for every area of the application DSL, approved and checked against the service model.</summary>
public sealed class ServerlessApplicationSnapshotTests
{
    internal static ServerlessApplication Seed => ServerlessApplication.Create("nightly-etl")
        .Release(EmrRelease.Emr_7_0_0)
        .Type(ServerlessEngine.Spark)
        .InitialCapacity(WorkerKind.Driver, workers: 1, cpu: Cpu.VCpus(2), memory: Memory.Gigabytes(4))
        .InitialCapacity(WorkerKind.Executor, workers: 2, cpu: Cpu.VCpus(4), memory: Memory.Gigabytes(8))
        .MaximumCapacity(cpu: Cpu.VCpus(64), memory: Memory.Gigabytes(128))
        .Tag("Owner", "data-eng")
        .Tag("Environment", "prod");

    [Fact]
    public void Seed_application()
    {
        var json = Seed.ToCreateApplicationJson();

        PayloadAssert.Matches(json, PayloadKind.CreateApplication, "Serverless.Seed.approved.json");
        Assert.DoesNotContain("clientToken", json);
    }

    [Fact]
    public void Application_with_every_setting()
    {
        var application = Seed.Named("nightly-etl-full")
            .Architecture(ServerlessArchitecture.Arm64)
            .InitialCapacity(WorkerKind.Executor, workers: 4, cpu: Cpu.VCpus(8), memory: Memory.Gigabytes(32), disk: Disk.Gigabytes(100))
            .MaximumCapacity(cpu: Cpu.VCpus(200), memory: Memory.Gigabytes(800), disk: Disk.Gigabytes(2000))
            .AutoStart(false)
            .AutoStop(idle: TimeSpan.FromMinutes(30))
            .Network(new[] { "subnet-0123456789abcdef0", "subnet-0fedcba9876543210" }, new[] { "sg-0123456789abcdef0" })
            .Image("123456789012.dkr.ecr.us-east-1.amazonaws.com/my-spark:7.0.0")
            .SparkDefaults(s => s.AdaptiveExecution().ShufflePartitions(400))
            .Configure("spark-hive-site", c => c.Set("hive.metastore.client.factory.class", "com.amazonaws.glue.catalog.metastore.AWSGlueDataCatalogHiveClientFactory"))
            .Monitoring(s3LogUri: "s3://my-logs/emr-serverless/", managedPersistence: false, cloudWatchLogGroup: "/aws/emr-serverless/etl")
            .DiskEncryption("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
            .Interactive(studio: true, livy: false)
            .Scheduler(queueTimeout: TimeSpan.FromHours(2), maxConcurrentRuns: 20);

        PayloadAssert.Matches(application.ToCreateApplicationJson(), PayloadKind.CreateApplication, "Serverless.Full.approved.json");
    }

    [Fact]
    public void Hive_application_pre_initializes_hive_workers()
    {
        var application = ServerlessApplication.Create("hive-reports")
            .Release("emr-6.15.0")
            .Type(ServerlessEngine.Hive)
            .InitialCapacity(WorkerKind.HiveDriver, workers: 1, cpu: Cpu.VCpus(2), memory: Memory.Gigabytes(6))
            .InitialCapacity(WorkerKind.TezTask, workers: 10, cpu: Cpu.VCpus(4), memory: Memory.Gigabytes(8), disk: Disk.Gigabytes(20))
            .HiveSite(h => h.Set("hive.exec.dynamic.partition.mode", "nonstrict"))
            .DisableAutoStop();

        PayloadAssert.Matches(application.ToCreateApplicationJson(), PayloadKind.CreateApplication, "Serverless.Hive.approved.json");
    }

    [Fact]
    public void Setting_a_worker_kind_again_replaces_it_in_place()
    {
        var application = Seed.InitialCapacity(WorkerKind.Driver, workers: 1, cpu: Cpu.VCpus(1), memory: Memory.Gigabytes(2));

        Assert.Equal(new[] { "Driver", "Executor" }, new[] { application.Spec.InitialCapacity[0].Key, application.Spec.InitialCapacity[1].Key });
        Assert.Equal("1 vCPU", application.Spec.InitialCapacity[0].Value.WorkerConfiguration!.Cpu);
        Assert.Equal("2 vCPU", Seed.Spec.InitialCapacity[0].Value.WorkerConfiguration!.Cpu);
    }

    [Fact]
    public void Runtime_configuration_merges_a_classification_written_twice()
    {
        var application = Seed
            .SparkDefaults(s => s.ShufflePartitions(200))
            .RuntimeConfiguration(Classifications.SparkDefaults(s => s.ShufflePartitions(400).AdaptiveExecution()));

        var only = Assert.Single(application.Spec.RuntimeConfiguration);
        Assert.Equal("spark-defaults", only.Classification);
        Assert.Equal(new[] { "spark.sql.shuffle.partitions=400", "spark.sql.adaptive.enabled=true" }, System.Linq.Enumerable.Select(only.Properties, p => p.Key + "=" + p.Value));
    }

    [Fact]
    public void Sizes_render_as_the_api_writes_them()
    {
        Assert.Equal("16 vCPU", Cpu.VCpus(16).ToString());
        Assert.Equal("120 GB", Memory.Gigabytes(120).ToString());
        Assert.Equal("200 GB", Disk.Gigabytes(200).ToString());
    }

    [Fact]
    public void Output_requires_release_and_type()
    {
        var noRelease = Assert.Throws<InvalidOperationException>(() => ServerlessApplication.Create("x").Type(ServerlessEngine.Spark).ToCreateApplicationJson());
        Assert.Contains(".Release(", noRelease.Message);

        var noType = Assert.Throws<InvalidOperationException>(() => ServerlessApplication.Create("x").Release("emr-7.0.0").ToCreateApplicationJson());
        Assert.Contains(".Type(ServerlessEngine.Spark)", noType.Message);
    }
}
