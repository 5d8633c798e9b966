using System;
using EmrDsl.Containers;
using EmrDsl.Testing;
using Xunit;
using static EmrDsl.Tests.Containers.EksJobRunSnapshotTests;

namespace EmrDsl.Tests.Containers;

/// <summary>Pod templates and node selectors, typed in spark-defaults, as an EMR on EKS job run writes them.</summary>
public sealed class EksPodSettingsTests
{
    [Fact]
    public void Pod_templates_and_node_selectors_are_written_as_Spark_on_Kubernetes_properties()
    {
        var run = EksJobRun.Create(VirtualClusterId, Role, Release)
            .SparkSubmit(SparkJob.For("s3://my-bucket/jobs/etl.py"))
            .ConfigurationOverrides(Classifications.SparkDefaults(s => s
                .PodTemplates(driver: "s3://my-bucket/templates/driver.yaml", executor: "s3://my-bucket/templates/executor.yaml")
                .NodeSelector("eks.amazonaws.com/capacityType", "ON_DEMAND", SparkPods.Driver)
                .NodeSelector("eks.amazonaws.com/capacityType", "SPOT", SparkPods.Executors)
                .NodeSelector("topology.kubernetes.io/zone", "us-east-1a")));

        var properties = run.Spec.ConfigurationOverrides!.ApplicationConfiguration[0].Properties;

        Assert.Equal(
            new[]
            {
                ("spark.kubernetes.driver.podTemplateFile", "s3://my-bucket/templates/driver.yaml"),
                ("spark.kubernetes.executor.podTemplateFile", "s3://my-bucket/templates/executor.yaml"),
                ("spark.kubernetes.driver.node.selector.eks.amazonaws.com/capacityType", "ON_DEMAND"),
                ("spark.kubernetes.executor.node.selector.eks.amazonaws.com/capacityType", "SPOT"),
                ("spark.kubernetes.node.selector.topology.kubernetes.io/zone", "us-east-1a"),
            },
            System.Linq.Enumerable.Select(properties, p => (p.Key, p.Value)));
        PayloadOracle.AssertValid(run.ToStartJobRunJson(), PayloadKind.EksStartJobRun);
    }

    [Fact]
    public void One_pod_template_leaves_the_other_unset()
    {
        var spec = Classifications.SparkDefaults(s => s.PodTemplates(executor: "s3://my-bucket/templates/executor.yaml"));

        Assert.Equal("spark.kubernetes.executor.podTemplateFile", Assert.Single(spec.Properties).Key);
    }

    [Theory]
    [InlineData(null, null, "driver", "Pass driver:, executor: or both")]
    [InlineData("/local/driver.yaml", null, "driver", "is not an S3 URI")]
    [InlineData(null, "templates/executor.yaml", "executor", "is not an S3 URI")]
    public void Pod_templates_are_S3_URIs(string? driver, string? executor, string parameter, string message)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Classifications.SparkDefaults(s => s.PodTemplates(driver, executor)));

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("capacity type", "SPOT", "label")]
    [InlineData("Eks.Amazonaws.com/capacityType", "SPOT", "label")]
    [InlineData("eks.amazonaws.com/", "SPOT", "label")]
    [InlineData("eks.amazonaws.com/capacityType", "-SPOT", "value")]
    [InlineData("eks.amazonaws.com/capacityType", "spot capacity", "value")]
    public void Labels_Kubernetes_cannot_hold_are_refused(string label, string value, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Classifications.SparkDefaults(s => s.NodeSelector(label, value)));

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains("Kubernetes label", error.Message);
    }

    [Fact]
    public void An_empty_label_value_selects_nodes_whose_label_is_empty()
    {
        var spec = Classifications.SparkDefaults(s => s.NodeSelector("dedicated", string.Empty));

        Assert.Equal(string.Empty, Assert.Single(spec.Properties).Value);
    }
}
