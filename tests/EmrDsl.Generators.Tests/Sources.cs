namespace EmrDsl.Generators.Tests;

/// <summary>Definitions shared by several tests.</summary>
internal static class Sources
{
    /// <summary>A base cluster with per-environment overrides, written with every construct the evaluator supports.</summary>
    public const string Pipelines = """
        using System;
        using EmrDsl;
        using EmrDsl.Model;

        namespace Acme.Data;

        public static partial class Pipelines
        {
            private const string Bucket = "acme-logs";
            private const int CoreNodes = 2;

            public static Cluster Base =>
                Cluster.Create("nightly-etl")
                    .With(s => s with
                    {
                        ReleaseLabel = "emr-7.1.0",
                        LogUri = $"s3://{Bucket}/emr/{nameof(Pipelines).ToLowerInvariant()}/",
                        Instances = new InstancesSpec
                        {
                            KeepJobFlowAliveWhenNoSteps = false,
                            InstanceGroups = EquatableArray.Create(
                                new InstanceGroupSpec { Name = "Primary", InstanceRole = InstanceRole.Master, InstanceType = "m5.xlarge", InstanceCount = 1 },
                                new InstanceGroupSpec { Name = "Core", InstanceRole = InstanceRole.Core, Market = Market.Spot, InstanceType = "r5.2xlarge", InstanceCount = CoreNodes * 2 + 1 }),
                        },
                        EbsRootVolumeSize = (int)TimeSpan.FromMinutes(1.5).TotalSeconds,
                        StepConcurrencyLevel = CoreNodes > 1 && !false ? 4 : 1,
                        Tags = EquatableArray.Create(new MapEntry("team", "data"), new MapEntry("cost-center", $"cc-{40 + 2:D4}")),
                        VisibleToAllUsers = true,
                    });

            [EmrCluster]
            public static Cluster NightlyEtl => Base;

            [EmrCluster(FileName = "nightly-etl-production")]
            public static Cluster NightlyEtlProd
            {
                get
                {
                    var name = "nightly-etl-" + "prod";
                    return Base.Named(name).With(s => s with { ServiceRole = "EMR_DefaultRole_V2", EbsRootVolumeSize = s.EbsRootVolumeSize * 2 });
                }
            }
        }
        """;

    /// <summary>The fluent DSL as users write it: groups, a step, an authored security configuration, a shared base.</summary>
    public const string FluentPipelines = """
        using System;
        using EmrDsl;

        namespace Acme.Data;

        public static partial class Fluent
        {
            private static Cluster Base => Cluster.Create("etl-daily")
                .Release(EmrRelease.Emr_7_2_0)
                .LogUri("s3://my-emr-logs/")
                .Applications(EmrApplication.Spark, EmrApplication.Hive)
                .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
                .Subnet("subnet-0123456789abcdef0")
                .Master(InstanceTypes.M6g.XLarge, configure: g => g.OnDemand())
                .Core(InstanceTypes.M6g.X2Large, count: 2, g => g.OnDemand())
                .SparkDefaults(s => s.AdaptiveExecution(true).ShufflePartitions(400).ExecutorMemory(Memory.Gigabytes(8)));

            [EmrCluster(JobFlowId = "{{ ti.xcom_pull(task_ids='create_cluster') }}")]
            public static Cluster Nightly => Base
                .Task(InstanceTypes.M6g.X2Large, count: 8, g => g.Spot(BidPrice.OnDemandPrice))
                .TerminateAfterSteps()
                .Step(Step.SparkSubmit("Daily ETL", "s3://my-bucket/jobs/etl.py")
                    .DeployMode(DeployMode.Cluster)
                    .Args("--input", "s3://my-bucket/raw/${ds}/")
                    .OnFailure(ActionOnFailure.TerminateCluster))
                .Tag("Owner", "data-eng");

            [EmrCluster]
            public static Cluster Regulated => Base.Named("regulated-etl")
                .SecurityConfiguration(SecurityConfiguration.Create("regulated-sc")
                    .EncryptS3AtRest(S3Encryption.SseS3())
                    .EncryptInTransit(Tls.PemFromS3("s3://my-bucket/certs/certs.zip")))
                .KeepAlive()
                .AutoTerminateAfterIdle(TimeSpan.FromHours(1));

            [EmrCluster]
            public static Cluster InAvailabilityZone => Base.Named("zonal-etl").AvailabilityZone("us-east-1a");
        }
        """;

    /// <summary>EMR Serverless definitions: an application from a shared base, one Terraform cannot express, and a job run.</summary>
    public const string Serverless = """
        using System;
        using EmrDsl;
        using EmrDsl.Serverless;

        namespace Acme.Data;

        public static partial class Analytics
        {
            private static ServerlessApplication Base =>
                ServerlessApplication.Create("reporting")
                    .Release("emr-7.0.0")
                    .Type(ServerlessEngine.Spark)
                    .MaximumCapacity(Cpu.VCpus(64), Memory.Gigabytes(256));

            [EmrServerless]
            public static ServerlessApplication Reporting => Base
                .InitialCapacity(WorkerKind.Driver, 1, Cpu.VCpus(2), Memory.Gigabytes(4))
                .InitialCapacity(WorkerKind.Executor, 2, Cpu.VCpus(4), Memory.Gigabytes(16))
                .AutoStop(TimeSpan.FromMinutes(15))
                .Tag("team", "analytics");

            [EmrServerless(FileName = "reporting-encrypted")]
            public static ServerlessApplication Encrypted => Base.Named("reporting-encrypted")
                .DiskEncryption("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");

            [EmrServerless]
            public static ServerlessJobRun Nightly => ServerlessJobRun.Create("00f1abcdexample", "arn:aws:iam::123456789012:role/EmrServerlessJobRole")
                .Named("nightly-report")
                .SparkSubmit(SparkJob.For("s3://acme-jobs/report.py").Executors(count: 4, cores: 4, memory: Memory.Gigabytes(8)))
                .ExecutionTimeout(TimeSpan.FromHours(2));
        }
        """;

    /// <summary>Steps for a running cluster: one list built from shared steps, one refined from it with its own file name.</summary>
    public const string Steps = """
        using EmrDsl;

        namespace Acme.Data;

        public static partial class Backfills
        {
            private static SparkSubmitStep Sessions => Step.SparkSubmit("backfill-sessions", "s3://acme-jobs/sessions.py").Args("--day", "{{ ds }}");

            [EmrSteps]
            public static JobFlowSteps Daily => JobFlowSteps.For("{{ ti.xcom_pull(task_ids='find_cluster') }}")
                .Step(Sessions)
                .Step(Step.Hive("load-sessions", "s3://acme-jobs/load.q").OnFailure(ActionOnFailure.CancelAndWait));

            [EmrSteps(FileName = "backfill-as-analyst")]
            public static JobFlowSteps AsAnalyst => Daily.StepExecutionRole("arn:aws:iam::123456789012:role/AnalystStepRole");
        }
        """;
}
