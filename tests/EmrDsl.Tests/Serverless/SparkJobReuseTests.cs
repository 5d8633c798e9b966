using System.Linq;
using EmrDsl.Serverless;
using Xunit;

namespace EmrDsl.Tests.Serverless;

/// <summary>One Spark job definition targets a cluster step and an EMR Serverless job run with the same options.</summary>
public sealed class SparkJobReuseTests
{
    [Fact]
    public void One_job_runs_as_a_cluster_step_and_as_a_serverless_run()
    {
        var job = ServerlessJobRunSnapshotTests.Job;

        var stepArgs = Step.SparkSubmit("ETL", job).ToSpec().HadoopJarStep!.Args;
        var driver = ServerlessJobRun.Create(ServerlessJobRunSnapshotTests.ApplicationId, ServerlessJobRunSnapshotTests.Role)
            .SparkSubmit(job).Spec.JobDriver!.SparkSubmit!;

        // The step runs spark-submit <options> <entry point> <arguments>; the run carries the same three parts separately.
        var fromRun = new[] { "spark-submit" }
            .Concat(driver.SparkSubmitParameters!.Split(' '))
            .Append(driver.EntryPoint!)
            .Concat(driver.EntryPointArguments);
        Assert.Equal(stepArgs, fromRun);
        Assert.Equal(
            "--py-files s3://my-bucket/libs/helpers.zip --conf spark.sql.shuffle.partitions=400 --driver-memory 4g --driver-cores 2 --executor-memory 8g --executor-cores 4 --num-executors 10",
            driver.SparkSubmitParameters);
    }

    [Fact]
    public void A_job_the_single_parameter_string_cannot_carry_is_refused_for_serverless_only()
    {
        var job = SparkJob.For("s3://my-bucket/app.py").Conf("spark.driver.extraJavaOptions", "-Da=1 -Db=2");

        Assert.Contains("-Da=1 -Db=2", string.Join(" ", Step.SparkSubmit("ETL", job).ToSpec().HadoopJarStep!.Args));
        var error = Assert.Throws<System.InvalidOperationException>(() => ServerlessJobRun.Create("00fabcdefgh12345", ServerlessJobRunSnapshotTests.Role).SparkSubmit(job));
        Assert.Contains("whitespace", error.Message);
    }
}
