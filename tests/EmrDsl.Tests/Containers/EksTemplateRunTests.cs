using System;
using System.Linq;
using EmrDsl.Containers;
using EmrDsl.Testing;
using Xunit;
using static EmrDsl.Tests.Containers.EksJobRunSnapshotTests;

namespace EmrDsl.Tests.Containers;

/// <summary>Runs from a job template, managed logs and a virtual cluster's node label, each valid against the emr-containers model.</summary>
public sealed class EksTemplateRunTests
{
    [Fact]
    public void A_run_from_a_template_carries_the_template_and_its_parameters_only()
    {
        var run = EksJobRun.FromTemplate(VirtualClusterId, "1a2b3c4d5e6f7g8h9i0j")
            .Named("nightly")
            .TemplateParameter("Date", "2026-04-25")
            .TemplateParameter("Job", "sessionize")
            .TemplateParameter("Date", "2026-04-26");

        var json = run.ToStartJobRunJson();

        PayloadOracle.AssertValid(json, PayloadKind.EksStartJobRun);
        Assert.Equal("1a2b3c4d5e6f7g8h9i0j", run.Spec.JobTemplateId);
        Assert.Equal(new[] { ("Date", "2026-04-26"), ("Job", "sessionize") }, run.Spec.JobTemplateParameters.Select(p => (p.Key, p.Value)));
        Assert.Null(run.Spec.ExecutionRoleArn);
        Assert.Empty(run.Validate());
    }

    [Fact]
    public void Template_parameters_need_a_template_and_a_value()
    {
        var plain = EksJobRun.Create(VirtualClusterId, Role, Release);
        var fromTemplate = EksJobRun.FromTemplate(VirtualClusterId, "1a2b3c4d5e6f7g8h9i0j");

        Assert.Contains("EksJobRun.FromTemplate(", Assert.Throws<InvalidOperationException>(() => plain.TemplateParameter("Date", "2026-04-25")).Message);
        Assert.Equal("value", Assert.ThrowsAny<ArgumentException>(() => fromTemplate.TemplateParameter("Date", " ")).ParamName);
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => fromTemplate.TemplateParameter("a date", "x")).ParamName);
        Assert.Equal("jobTemplateId", Assert.ThrowsAny<ArgumentException>(() => EksJobRun.FromTemplate(VirtualClusterId, "Template-1")).ParamName);
    }

    [Fact]
    public void Managed_logs_are_written_with_their_key()
    {
        var run = EksJobRun.Create(VirtualClusterId, Role, Release)
            .SparkSubmit(SparkJob.For("s3://my-bucket/jobs/etl.py"))
            .Monitoring(s3LogUri: "s3://my-logs/eks/")
            .ManagedLogs(allowAwsToRetainLogs: false, encryptionKeyArn: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");

        var json = run.ToStartJobRunJson();

        PayloadOracle.AssertValid(json, PayloadKind.EksStartJobRun);
        Assert.Contains("\"allowAWSToRetainLogs\": \"DISABLED\"", json);
        Assert.Equal("s3://my-logs/eks/", run.Spec.ConfigurationOverrides!.MonitoringConfiguration!.S3MonitoringConfiguration!.LogUri);
        Assert.Equal("encryptionKeyArn", Assert.ThrowsAny<ArgumentException>(() => run.ManagedLogs(true, "alias/logs")).ParamName);
    }

    [Fact]
    public void A_virtual_cluster_limited_to_labelled_nodes()
    {
        var cluster = EksVirtualCluster.Create("gpu-jobs", "ml-prod", "emr-gpu").NodeLabel("eks.amazonaws.com-nodegroup");

        PayloadOracle.AssertValid(cluster.ToCreateVirtualClusterJson(), PayloadKind.EksCreateVirtualCluster);
        Assert.Equal("eks.amazonaws.com-nodegroup", cluster.Spec.ContainerProvider!.Info!.EksInfo!.NodeLabel);
        Assert.Equal("emr-gpu", cluster.Spec.ContainerProvider.Info.EksInfo.Namespace);
        Assert.Equal("nodeLabel", Assert.ThrowsAny<ArgumentException>(() => cluster.NodeLabel("gpu nodes")).ParamName);
    }
}
