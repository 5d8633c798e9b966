using EmrDsl.Model;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Steps;

/// <summary>Every step kind with every option, as approved AddJobFlowSteps and RunJobFlow payloads.</summary>
public sealed class StepSnapshotTests
{
    private const string ClusterId = "j-2AXXXXXXGAPLF";

    [Fact]
    public void Seed_step_is_expressed_exactly()
    {
        var step = Step.SparkSubmit("Daily ETL", "s3://my-bucket/jobs/etl.py")
            .DeployMode(DeployMode.Cluster)
            .Args("--input", "s3://my-bucket/raw/2026-04-25/", "--output", "s3://my-bucket/curated/2026-04-25/")
            .OnFailure(ActionOnFailure.TerminateCluster);

        var spec = step.ToSpec();
        Assert.Equal("Daily ETL", spec.Name);
        Assert.Equal(ActionOnFailure.TerminateCluster, spec.ActionOnFailure);
        Assert.Equal("command-runner.jar", spec.HadoopJarStep!.Jar);
        Assert.Equal(
            new[] { "spark-submit", "--deploy-mode", "cluster", "s3://my-bucket/jobs/etl.py", "--input", "s3://my-bucket/raw/2026-04-25/", "--output", "s3://my-bucket/curated/2026-04-25/" },
            spec.HadoopJarStep.Args);
        PayloadAssert.Matches(Cluster.Create("etl").Step(step).ToAddJobFlowStepsJson(ClusterId), PayloadKind.AddJobFlowSteps, "Steps.Seed.approved.json");
    }

    [Fact]
    public void Spark_submit_with_every_option()
    {
        var step = Step.SparkSubmit("Score", "s3://my-bucket/jobs/score.jar")
            .Executors(count: 10, cores: 4, memory: Memory.Gigabytes(8))
            .Conf("spark.sql.shuffle.partitions", "400")
            .Driver(cores: 2, memory: Memory.Megabytes(1536))
            .Files("s3://my-bucket/conf/app.conf")
            .PyFiles("s3://my-bucket/libs/helpers.zip", "s3://my-bucket/libs/udfs.py")
            .Packages("org.apache.spark:spark-avro_2.12:3.5.1")
            .Jars("s3://my-bucket/libs/a.jar", "s3://my-bucket/libs/b.jar")
            .Class("com.example.Main")
            .Conf("spark.dynamicAllocation.enabled", "false")
            .DeployMode(DeployMode.Client)
            .Args("--date", "2026-04-25")
            .Monitoring(logUri: "s3://my-bucket/step-logs/", encryptionKeyArn: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
            .OnFailure(ActionOnFailure.CancelAndWait);

        PayloadAssert.Matches(Cluster.Create("etl").Step(step).ToAddJobFlowStepsJson(ClusterId), PayloadKind.AddJobFlowSteps, "Steps.SparkSubmit.approved.json");
    }

    [Fact]
    public void Hive_with_variables()
    {
        var step = Step.Hive("Load partitions", "s3://my-bucket/hive/load.q")
            .Variable("INPUT", "s3://my-bucket/raw/")
            .Variable("DAY", "2026-04-25")
            .Variable("INPUT", "s3://my-bucket/raw/2026-04-25/");

        PayloadAssert.Matches(Cluster.Create("etl").Step(step).ToAddJobFlowStepsJson(ClusterId), PayloadKind.AddJobFlowSteps, "Steps.Hive.approved.json");
    }

    [Fact]
    public void Custom_jar_with_main_class_properties_and_args()
    {
        var step = Step.CustomJar("Index", "s3://my-bucket/jars/indexer.jar")
            .MainClass("com.example.Indexer")
            .Properties("mapreduce.job.reduces", "20")
            .Properties("indexer.mode", "full")
            .Args("--shards", "8")
            .OnFailure(ActionOnFailure.TerminateCluster);

        PayloadAssert.Matches(Cluster.Create("etl").Step(step).ToAddJobFlowStepsJson(ClusterId), PayloadKind.AddJobFlowSteps, "Steps.CustomJar.approved.json");
    }

    [Fact]
    public void Command_runner_and_script_runner()
    {
        var cluster = Cluster.Create("etl").Steps(
            Step.CommandRunner("Sync", "aws", "s3", "sync", "s3://my-bucket/reference/", "/mnt/reference/"),
            Step.ScriptRunner("Prepare", "s3://my-bucket/scripts/prepare.sh", "2026-04-25", "--verbose"),
            Step.ScriptRunner("Prepare in Ireland", "s3://my-bucket/scripts/prepare.sh").InRegion("eu-west-1"));

        PayloadAssert.Matches(cluster.ToAddJobFlowStepsJson(ClusterId), PayloadKind.AddJobFlowSteps, "Steps.Runners.approved.json");
    }

    [Fact]
    public void S3DistCp_with_every_typed_option_and_a_raw_one()
    {
        var step = Step.S3DistCp("Compact logs", src: "s3://my-bucket/logs/", dest: "hdfs:///logs/compacted/", "--s3ServerSideEncryption")
            .DeleteOnSuccess()
            .OutputCodec(S3DistCpOutputCodec.Gzip)
            .TargetSize(128)
            .GroupBy(@".*/(\d{4}-\d{2}-\d{2})/.*")
            .SrcPattern(@".*\.log");

        PayloadAssert.Matches(Cluster.Create("etl").Step(step).ToAddJobFlowStepsJson(ClusterId), PayloadKind.AddJobFlowSteps, "Steps.S3DistCp.approved.json");
    }

    [Fact]
    public void Execution_role_goes_into_the_request()
    {
        var cluster = Cluster.Create("etl")
            .Step(Step.CommandRunner("Report", "spark-submit", "s3://my-bucket/jobs/report.py"))
            .StepExecutionRole("arn:aws:iam::123456789012:role/EMR_StepRole");

        PayloadAssert.Matches(cluster.ToAddJobFlowStepsJson(ClusterId), PayloadKind.AddJobFlowSteps, "Steps.ExecutionRole.approved.json");
    }

    [Fact]
    public void Cluster_with_steps_launches_them_in_RunJobFlow()
    {
        var cluster = Cluster.Create("etl-daily")
            .With(s => s with
            {
                ReleaseLabel = "emr-7.2.0",
                Instances = new InstancesSpec { MasterInstanceType = "m6g.xlarge", SlaveInstanceType = "m6g.2xlarge", InstanceCount = 3 },
                JobFlowRole = "EMR_EC2_DefaultRole",
                ServiceRole = "EMR_DefaultRole",
            })
            .Steps(
                Step.S3DistCp("Stage input", src: "s3://my-bucket/raw/2026-04-25/", dest: "hdfs:///input/"),
                Step.SparkSubmit("Daily ETL", "s3://my-bucket/jobs/etl.py")
                    .DeployMode(DeployMode.Cluster)
                    .Executors(memory: Memory.Gigabytes(8))
                    .Args("--input", "hdfs:///input/", "--output", "s3://my-bucket/curated/2026-04-25/")
                    .OnFailure(ActionOnFailure.TerminateCluster))
            .StepExecutionRole("arn:aws:iam::123456789012:role/EMR_StepRole");

        PayloadAssert.Matches(cluster.ToRunJobFlowJson(), PayloadKind.RunJobFlow, "Steps.RunJobFlow.approved.json");
    }
}
