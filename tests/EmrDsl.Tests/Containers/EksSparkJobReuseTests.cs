using EmrDsl.Containers;
using EmrDsl.Serverless;
using EmrDsl.Tests.Serverless;
using Xunit;

namespace EmrDsl.Tests.Containers;

/// <summary>The SparkJob a cluster step and a Serverless run take feeds the EKS job driver unchanged.</summary>
public sealed class EksSparkJobReuseTests
{
    [Fact]
    public void One_job_drives_a_serverless_run_and_an_eks_run_alike()
    {
        var job = ServerlessJobRunSnapshotTests.Job;

        var serverless = ServerlessJobRun.Create(ServerlessJobRunSnapshotTests.ApplicationId, ServerlessJobRunSnapshotTests.Role)
            .SparkSubmit(job).Spec.JobDriver!.SparkSubmit!;
        var eks = EksJobRun.Create(EksJobRunSnapshotTests.VirtualClusterId, EksJobRunSnapshotTests.Role, EksJobRunSnapshotTests.Release)
            .SparkSubmit(job).Spec.JobDriver!.SparkSubmitJobDriver!;

        Assert.Equal(serverless.EntryPoint, eks.EntryPoint);
        Assert.Equal(serverless.EntryPointArguments, eks.EntryPointArguments);
        Assert.Equal(serverless.SparkSubmitParameters, eks.SparkSubmitParameters);
    }

    [Fact]
    public void A_job_the_single_parameter_string_cannot_carry_is_refused_for_eks_too()
    {
        var job = SparkJob.For("s3://my-bucket/app.py").Conf("spark.driver.extraJavaOptions", "-Da=1 -Db=2");

        var error = Assert.Throws<System.InvalidOperationException>(() =>
            EksJobRun.Create(EksJobRunSnapshotTests.VirtualClusterId, EksJobRunSnapshotTests.Role, EksJobRunSnapshotTests.Release).SparkSubmit(job));
        Assert.Contains("whitespace", error.Message);
    }
}
