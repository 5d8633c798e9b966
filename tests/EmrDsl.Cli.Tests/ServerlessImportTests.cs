using Xunit;

namespace EmrDsl.Cli.Tests;

public sealed class ServerlessImportTests
{
    [Theory]
    [MemberData(nameof(PayloadFiles.All), MemberType = typeof(PayloadFiles))]
    public void Every_hand_written_payload_imports_to_code_that_builds_the_same_request(string name) =>
        ImportedRequest.RebuildsTheSameRequest(PayloadFiles.Path(name), "Serverless.Imports");

    [Theory]
    [MemberData(nameof(CorpusFiles.Serverless), MemberType = typeof(CorpusFiles))]
    public void Every_corpus_request_imports_to_code_that_builds_the_same_request(string name) =>
        ImportedRequest.RebuildsTheSameRequest(CorpusFiles.ServerlessPath(name), "Serverless.Corpus");

    [Theory]
    [MemberData(nameof(PayloadFiles.All), MemberType = typeof(PayloadFiles))]
    public void Generated_code_for_hand_written_payloads_is_readable_and_stable(string name) =>
        ImportedRequest.MatchesItsSnapshot(PayloadFiles.Path(name), name);

    [Fact]
    public void Spark_submit_parameters_become_a_SparkJob()
    {
        var run = CliRun.Of("import", PayloadFiles.Path("user-start-job-run-streaming-jar.json"));

        Assert.Contains("ServerlessJobRun.Create(\"00fkfk2r3v8qcq09\", \"arn:aws:iam::123456789012:role/emr-serverless-job-role\")", run.Output);
        Assert.Contains(".SparkSubmit(SparkJob.For(\"s3://acme-artifacts/jars/sessionizer-1.4.2.jar\")", run.Output);
        Assert.Contains(".Class(\"com.acme.stream.Sessionizer\")", run.Output);
        Assert.Contains(".Args(\"--checkpoint\", \"s3://acme-checkpoints/sessionizer/\", \"--window\", \"30 minutes\")", run.Output);
        Assert.Contains(".Mode(JobRunMode.Streaming)", run.Output);
        Assert.DoesNotContain("JobDriver =", run.Output);
    }

    [Fact]
    public void Parameters_spark_submit_would_not_write_back_the_same_stay_raw()
    {
        // Two spaces between options: SparkJob writes one, so the fluent form would change the request.
        var run = CliRun.Of("import", PayloadFiles.Path("user-start-job-run-pyspark-venv-double-space.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("SparkJob.For", run.Output);
        Assert.Contains("JobDriver = new JobDriverSpec", run.Output);
        Assert.Contains(".ExecutionTimeout(TimeSpan.FromMinutes(120))", run.Output);
        Assert.Contains(".Retry(maxAttempts: 3)", run.Output);
    }

    [Fact]
    public void Sizes_in_another_notation_and_members_without_a_method_are_written_raw()
    {
        var run = CliRun.Of("import", PayloadFiles.Path("user-create-application-hive-raw-parts.json"));

        Assert.Contains("ServerlessApplication.FromSpec(new ServerlessApplicationSpec { Name = \"adhoc hive\" })", run.Output);
        Assert.Contains("InitialCapacity = EquatableArray.Create(", run.Output);
        Assert.Contains("IdentityCenterConfiguration = new IdentityCenterSpec", run.Output);
        Assert.Contains(".DisableAutoStop()", run.Output);
        Assert.Contains(".Type(ServerlessEngine.Hive)", run.Output);
    }

    [Fact]
    public void An_application_uses_typed_sizes_and_the_release_constant()
    {
        var run = CliRun.Of("import", PayloadFiles.Path("user-create-application-prewarmed-spark.json"));

        Assert.Contains(".Release(EmrRelease.Emr_7_2_0)", run.Output);
        Assert.Contains(".InitialCapacity(WorkerKind.Driver, 2, Cpu.VCpus(4), Memory.Gigabytes(16), Disk.Gigabytes(50))", run.Output);
        Assert.Contains(".MaximumCapacity(Cpu.VCpus(400), Memory.Gigabytes(1600), Disk.Gigabytes(2000))", run.Output);
        Assert.Contains(".AutoStop(TimeSpan.FromMinutes(30))", run.Output);
        Assert.Contains("ClientToken = \"b7d3c1e2-nightly-etl\"", run.Output);
    }

    [Fact]
    public void Wire_errors_in_a_serverless_request_are_one_line_with_their_path()
    {
        var path = Payload.Write("""{"name": "app", "releaseLabel": "emr-7.2.0", "type": "SPARK", "autoStopConfiguration": {"enabled": "yes"}}""");

        var run = CliRun.Of("import", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"emrdsl: {path}: autoStopConfiguration.enabled: ", run.Error);
    }
}
