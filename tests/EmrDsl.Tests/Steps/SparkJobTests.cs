using System;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Steps;

/// <summary>The reusable Spark option set: fixed option order, the single-string form EMR Serverless takes, sizes.</summary>
public sealed class SparkJobTests
{
    private static readonly SparkJob Job = SparkJob.For("s3://my-bucket/jobs/score.jar")
        .Class("com.example.Main")
        .Conf("spark.sql.shuffle.partitions", "400")
        .Executors(count: 4, memory: Memory.Gigabytes(8))
        .Args("--date", "2026-04-25");

    [Fact]
    public void Options_render_in_the_documented_order_whatever_the_call_order()
    {
        var a = SparkJob.For("s3://my-bucket/app.py").Conf("spark.a", "1").Driver(memory: Memory.Gigabytes(2)).PyFiles("s3://my-bucket/lib.zip").Class("x.Main");
        var b = SparkJob.For("s3://my-bucket/app.py").Class("x.Main").PyFiles("s3://my-bucket/lib.zip").Driver(memory: Memory.Gigabytes(2)).Conf("spark.a", "1");

        Assert.Equal(a.SubmitParameters(), b.SubmitParameters());
        Assert.Equal(new[] { "--class", "x.Main", "--py-files", "s3://my-bucket/lib.zip", "--conf", "spark.a=1", "--driver-memory", "2g" }, a.SubmitParameters());
    }

    [Fact]
    public void Serverless_parameters_are_the_same_options_as_one_string()
    {
        Assert.Equal(
            "--class com.example.Main --conf spark.sql.shuffle.partitions=400 --executor-memory 8g --num-executors 4",
            Job.ToSparkSubmitParameters());
        Assert.Equal("s3://my-bucket/jobs/score.jar", Job.EntryPoint);
        Assert.Equal(new[] { "--date", "2026-04-25" }, Job.EntryPointArguments);
    }

    [Fact]
    public void Serverless_parameters_refuse_a_value_with_whitespace()
    {
        var job = SparkJob.For("s3://my-bucket/app.py").Conf("spark.driver.extraJavaOptions", "-Da=1 -Db=2");

        var error = Assert.Throws<InvalidOperationException>(() => job.ToSparkSubmitParameters());
        Assert.Contains("spark.driver.extraJavaOptions=-Da=1 -Db=2", error.Message);
        Assert.Contains("spark.driver.extraJavaOptions=-Da=1 -Db=2", job.SubmitParameters());
    }

    [Fact]
    public void Same_job_runs_as_a_step_and_keeps_its_options()
    {
        var step = Step.SparkSubmit("Score", Job).DeployMode(DeployMode.Cluster);

        Assert.Equal(Job, step.Job);
        Assert.Equal(
            new[]
            {
                "spark-submit", "--deploy-mode", "cluster", "--class", "com.example.Main", "--conf", "spark.sql.shuffle.partitions=400",
                "--executor-memory", "8g", "--num-executors", "4", "s3://my-bucket/jobs/score.jar", "--date", "2026-04-25",
            },
            step.ToSpec().HadoopJarStep!.Args);
    }

    [Fact]
    public void Setting_a_property_again_replaces_it_in_place()
    {
        var job = SparkJob.For("s3://my-bucket/app.py").Conf("spark.a", "1").Conf("spark.b", "2").Conf("spark.a", "3");

        Assert.Equal(new[] { "--conf", "spark.a=3", "--conf", "spark.b=2" }, job.SubmitParameters());
    }

    [Fact]
    public void Sizing_calls_merge_and_the_later_size_wins()
    {
        var job = SparkJob.For("s3://my-bucket/app.py").Executors(count: 2, cores: 4).Executors(memory: Memory.Megabytes(512)).Executors(count: 6);

        Assert.Equal(new[] { "--executor-memory", "512m", "--executor-cores", "4", "--num-executors", "6" }, job.SubmitParameters());
    }

    [Fact]
    public void Jobs_are_values()
    {
        var refined = Job.Conf("spark.extra", "1");

        Assert.Equal(Job, SparkJob.For("s3://my-bucket/jobs/score.jar").Class("com.example.Main").Conf("spark.sql.shuffle.partitions", "400")
            .Executors(count: 4, memory: Memory.Gigabytes(8)).Args("--date", "2026-04-25"));
        Assert.NotEqual(Job, refined);
        Assert.DoesNotContain("spark.extra=1", Job.SubmitParameters());
    }

    [Theory]
    [InlineData(8192, "8g", "8 GB", true)]
    [InlineData(512, "512m", "512 MB", false)]
    [InlineData(1536, "1536m", "1536 MB", false)]
    [InlineData(1024, "1g", "1 GB", true)]
    public void Memory_renders_for_spark_and_for_aws(int megabytes, string spark, string aws, bool whole)
    {
        var memory = Memory.Megabytes(megabytes);

        Assert.Equal(spark, memory.ToSparkSize());
        Assert.Equal(aws, memory.ToString());
        Assert.Equal(whole, memory.IsWholeGigabytes);
    }

    [Fact]
    public void Memory_compares_by_size()
    {
        Assert.Equal(Memory.Gigabytes(2), Memory.Megabytes(2048));
        Assert.True(Memory.Megabytes(512) < Memory.Gigabytes(1));
        Assert.NotEqual(Memory.Gigabytes(2), Memory.Gigabytes(3));
    }

    [Fact]
    public void Large_memory_does_not_overflow() =>
        Assert.Equal("2097152g", Memory.Gigabytes(2_097_152).ToSparkSize());

    [Theory]
    [InlineData(0)]
    [InlineData(-8)]
    public void Memory_must_be_positive(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Memory.Gigabytes(value));
        Assert.Equal("value", error.ParamName);
        Assert.Contains(value.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public void Default_memory_is_rejected_as_a_size()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SparkJob.For("s3://my-bucket/app.py").Driver(memory: default(Memory)));
        Assert.Equal("memory", error.ParamName);
        Assert.Contains("Memory.Gigabytes(8)", error.Message);
    }

    [Fact]
    public void Sizing_needs_at_least_one_size() =>
        Assert.Equal("count", Assert.Throws<ArgumentException>(() => SparkJob.For("s3://my-bucket/app.py").Executors()).ParamName);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Counts_and_cores_must_be_positive(int value)
    {
        var job = SparkJob.For("s3://my-bucket/app.py");

        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => job.Executors(count: value)).ParamName);
        Assert.Equal("cores", Assert.Throws<ArgumentOutOfRangeException>(() => job.Executors(cores: value)).ParamName);
        Assert.Equal("cores", Assert.Throws<ArgumentOutOfRangeException>(() => job.Driver(cores: value)).ParamName);
    }

    [Theory]
    [InlineData("spark.a=b")]
    [InlineData("spark a")]
    [InlineData("")]
    public void Property_names_are_bare_keys(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => SparkJob.For("s3://my-bucket/app.py").Conf(key, "1"));
        Assert.Equal("key", error.ParamName);
    }

    [Theory]
    [InlineData("s3://my-bucket/a.jar,s3://my-bucket/b.jar")]
    [InlineData("s3://my-bucket/a b.jar")]
    [InlineData(" ")]
    public void List_entries_are_single_entries(string jar)
    {
        var error = Assert.Throws<ArgumentException>(() => SparkJob.For("s3://my-bucket/app.py").Jars(jar));
        Assert.Equal("uris", error.ParamName);
    }

    [Fact]
    public void An_empty_list_is_rejected() =>
        Assert.Equal("coordinates", Assert.Throws<ArgumentException>(() => SparkJob.For("s3://my-bucket/app.py").Packages()).ParamName);
}
