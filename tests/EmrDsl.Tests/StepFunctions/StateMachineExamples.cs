using System;
using System.Collections.Generic;
using EmrDsl.Emit.StepFunctions;
using EmrDsl.Serverless;

namespace EmrDsl.Tests.StepFunctions;

/// <summary>The state machines the Step Functions tests write, by snapshot name; the ASL oracle test validates every one.</summary>
internal static class StateMachineExamples
{
    /// <summary>A step that continues on failure (the DSL's default ActionOnFailure).</summary>
    public static readonly HiveStep Load = Step.Hive("load", "s3://acme-jobs/load.q");

    public static Cluster Nightly => Cluster.Create("nightly")
        .Release(EmrRelease.Emr_7_2_0)
        .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
        .Subnet("subnet-0123456789abcdef0")
        .LogUri("s3://acme-logs/emr/")
        .Master(InstanceTypes.M6g.XLarge)
        .Core(InstanceTypes.M6g.X2Large, 2)
        .TerminateAfterSteps()
        .Step(Step.SparkSubmit("sessions", "s3://acme-jobs/sessions.py").OnFailure(ActionOnFailure.TerminateCluster))
        .Step(Load)
        .Step(Step.CommandRunner("report", "hive", "-f", "report.q").OnFailure(ActionOnFailure.CancelAndWait));

    /// <summary>A Kerberos cluster whose KDC password and metastore password come from the execution input.</summary>
    public static Cluster Secure => Nightly
        .Named("secure")
        .SecurityConfiguration("kerberos")
        .Kerberos("EC2.INTERNAL", Secret.StepFunctionsPath("$.secrets.kdcAdminPassword"))
        .Configure("hive-site", c => c.Set("javax.jdo.option.ConnectionPassword", Secret.StepFunctionsPath("$.secrets.metastore")));

    public static StepFunctionsOptions Tuned => new()
    {
        Comment = "Nightly sessions, retried twice per step",
        StepRetries = 2,
        RetryIntervalSeconds = 120,
        StepTimeoutSeconds = 7200,
        CreateClusterTimeoutSeconds = 1800,
        ClusterResultPath = "$.emr",
    };

    public static IReadOnlyList<(string Name, Func<string> Write)> All { get; } = new (string, Func<string>)[]
    {
        ("StepFunctions.TransientCluster.asl.json", () => Nightly.ToStepFunctionsJson()),
        ("StepFunctions.TransientClusterTuned.asl.json", () => Nightly.StepExecutionRole("arn:aws:iam::123456789012:role/AnalystStepRole").ToStepFunctionsJson(Tuned)),
        ("StepFunctions.SecretsFromInput.asl.json", () => Secure.ToStepFunctionsJson()),
        ("StepFunctions.Steps.asl.json", () => JobFlowSteps.For("{{ ti.xcom_pull(task_ids='find_cluster') }}").Steps(Load, Load).ToStepFunctionsJson()),
        ("StepFunctions.StepsAtPath.asl.json", () => JobFlowSteps.For("$.cluster.id").Step(Load).StepExecutionRole("arn:aws:iam::123456789012:role/AnalystStepRole").ToStepFunctionsJson()),
        ("StepFunctions.JobRun.asl.json", () => ServerlessJobRun.Create("00fabcdefgh12345", "arn:aws:iam::123456789012:role/EMRServerlessJobRole")
            .Named("etl")
            .SparkSubmit(SparkJob.For("s3://my-bucket/jobs/etl.py").Conf("spark.sql.shuffle.partitions", "400"))
            .ConfigurationOverrides(Classifications.SparkDefaults(s => s.AdaptiveExecution()))
            .ExecutionTimeout(TimeSpan.FromHours(2))
            .Tag("Pipeline", "nightly")
            .ToStepFunctionsJson(new StepFunctionsOptions { StepRetries = 1 })),
    };
}
