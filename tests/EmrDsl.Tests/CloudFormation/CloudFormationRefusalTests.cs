using System;
using System.Collections.Generic;
using EmrDsl.Emit;
using EmrDsl.Emit.CloudFormation;
using EmrDsl.Model;
using EmrDsl.Serverless.Emit.CloudFormation;
using EmrDsl.Tests.Serverless;
using EmrDsl.Tests.Terraform;
using Xunit;

namespace EmrDsl.Tests.CloudFormation;

/// <summary>Each member CloudFormation cannot express stops the template, naming its RunJobFlow path and the way out.</summary>
public sealed class CloudFormationRefusalTests
{
    private static ClusterSpec Seed => TerraformSpecs.Seed;

    public static IEnumerable<object[]> Refused() => new[]
    {
        Case(s => s with { AmiVersion = "3.11.0" }, "AmiVersion", "AWS::EMR::Cluster takes ReleaseLabel only; AMI-version clusters (EMR 2.x/3.x) cannot be written as a template. Use a ReleaseLabel such as emr-7.2.0."),
        Case(s => s with { StepExecutionRoleArn = "arn:aws:iam::123456789012:role/StepRole" }, "StepExecutionRoleArn", "AWS::EMR::Cluster has no step execution role property; remove StepExecutionRoleArn, or submit runtime-role steps with AddJobFlowSteps (an [EmrSteps] definition)."),
        Case(s => s with { SupportedProducts = EquatableArray.Create("mapr-m3") }, "SupportedProducts", "supported products are an EMR 2.x/3.x feature with no AWS::EMR::Cluster property; list Applications instead."),
        Case(s => s with { NewSupportedProducts = EquatableArray.Create(new SupportedProductSpec { Name = "mapr-m5" }) }, "NewSupportedProducts", "supported products are an EMR 2.x/3.x feature with no AWS::EMR::Cluster property; list Applications instead."),
        Case(s => s with { RepoUpgradeOnBoot = RepoUpgradeOnBoot.None }, "RepoUpgradeOnBoot", "AWS::EMR::Cluster has no RepoUpgradeOnBoot property; remove it, or deploy this definition with its RunJobFlow request instead."),
        Case(s => s with { ExtendedSupport = true }, "ExtendedSupport", "AWS::EMR::Cluster has no ExtendedSupport property; remove it, or deploy this definition with its RunJobFlow request instead."),
        Case(s => s with { MonitoringConfiguration = new MonitoringSpec() }, "MonitoringConfiguration", "AWS::EMR::Cluster has no MonitoringConfiguration property (CloudWatch agent logs); remove it, or deploy this definition with its RunJobFlow request instead."),
        Case(s => s with { SessionEnabled = true }, "SessionEnabled", "AWS::EMR::Cluster has no property for Spark Connect sessions; remove SessionEnabled, or deploy this definition with its RunJobFlow request instead."),
        Case(s => s with { Instances = s.Instances! with { Placement = new PlacementSpec { AvailabilityZones = EquatableArray.Create("us-east-1a", "us-east-1b") } } }, "Instances.Placement.AvailabilityZones", "AWS::EMR::Cluster's Placement takes one AvailabilityZone; for several zones use instance fleets with Ec2SubnetIds."),
        Case(s => s with { Steps = EquatableArray.Create(s.Steps[0] with { StepMonitoringConfiguration = new StepMonitoringSpec { S3MonitoringConfiguration = new S3MonitoringSpec { LogUri = "s3://logs/" } } }) }, "Steps[0].StepMonitoringConfiguration", "the AWS::EMR::Cluster Steps property has no monitoring configuration; write the steps as AWS::EMR::Step resources (CloudFormationOptions.StepResources, for a kept-alive cluster), or remove it."),
        Case(s => s with { Instances = s.Instances! with { InstanceFleets = EquatableArray.Create(new InstanceFleetSpec { InstanceFleetType = InstanceFleetType.Master, Context = "reserved" }), InstanceGroups = default } }, "Instances.InstanceFleets[0].Context", "AWS::EMR::Cluster has no property for the reserved Context member; remove it."),
        Case(s => s with { ServiceRole = null }, "ServiceRole", "AWS::EMR::Cluster requires ServiceRole; set the service role (Roles(service: \"EMR_DefaultRole\", ...))."),
        Case(s => s with { JobFlowRole = null }, "JobFlowRole", "AWS::EMR::Cluster requires JobFlowRole; set the instance profile (Roles(service: ..., instanceProfile: \"EMR_EC2_DefaultRole\"))."),
        Case(s => s with { AdditionalInfo = "{not json" }, "AdditionalInfo", "CloudFormation takes this member as a JSON document, and its text is not valid JSON: "),
        Case(s => s with { Instances = s.Instances! with { InstanceGroups = EquatableArray.Create(s.Instances.InstanceGroups[1]) } }, "Instances.InstanceGroups", "there is no MASTER group; AWS::EMR::Cluster needs a MasterInstanceGroup (or instance fleets)."),
        Case(s => s with { Instances = s.Instances! with { InstanceGroups = EquatableArray.Create(s.Instances.InstanceGroups[0], s.Instances.InstanceGroups[0]) } }, "Instances.InstanceGroups[1]", "a second MASTER group (the first is Instances.InstanceGroups[0]); a cluster has one master group."),
        Case(s => s with { Instances = s.Instances! with { InstanceGroups = EquatableArray.Create(s.Instances.InstanceGroups[0], s.Instances.InstanceGroups[2] with { InstanceCount = null }) } }, "Instances.InstanceGroups[1].InstanceCount", "AWS::EMR::InstanceGroupConfig requires InstanceCount; set InstanceCount."),
        Case(s => s with { Instances = new InstancesSpec { MasterInstanceType = "m5.xlarge", InstanceCount = 3 } }, "Instances.SlaveInstanceType", "InstanceCount is 3, so the 2 core instances need SlaveInstanceType."),
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Member_that_CloudFormation_cannot_express_is_refused_with_its_path(Func<ClusterSpec, ClusterSpec> change, string path, string message)
    {
        var error = Assert.Throws<UnrepresentableException>(() => CloudFormationJson.Write(change(Seed)));

        Assert.Equal("CloudFormation", error.Format);
        Assert.Equal(path, error.Path);
        Assert.StartsWith(message, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_resources_need_a_kept_alive_cluster()
    {
        var error = Assert.Throws<UnrepresentableException>(() => CloudFormationJson.Write(Seed, new CloudFormationOptions { StepResources = true }));

        Assert.Equal("Instances.KeepJobFlowAliveWhenNoSteps", error.Path);
        Assert.Contains("KeepAlive()", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_resource_needs_its_action_on_failure()
    {
        var spec = Seed with
        {
            Instances = Seed.Instances! with { KeepJobFlowAliveWhenNoSteps = true },
            Steps = EquatableArray.Create(Seed.Steps[0] with { ActionOnFailure = null }),
        };

        var error = Assert.Throws<UnrepresentableException>(() => CloudFormationJson.Write(spec, new CloudFormationOptions { StepResources = true }));

        Assert.Equal("Steps[0].ActionOnFailure", error.Path);
        Assert.Equal("AWS::EMR::Step requires ActionOnFailure; set the step's ActionOnFailure (CONTINUE, CANCEL_AND_WAIT or TERMINATE_CLUSTER).", error.Reason);
    }

    [Theory]
    [InlineData("1Cluster")]
    [InlineData("etl-daily")]
    [InlineData("")]
    public void A_chosen_logical_id_stem_must_be_valid(string stem)
    {
        var error = Assert.Throws<UnrepresentableException>(() => CloudFormationJson.Write(Seed, new CloudFormationOptions { LogicalIdStem = stem }));

        Assert.Equal("CloudFormationOptions.LogicalIdStem", error.Path);
    }

    [Fact]
    public void Serverless_members_without_a_property_are_refused()
    {
        var encrypted = ServerlessApplicationSnapshotTests.Seed.DiskEncryption("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");

        var error = Assert.Throws<UnrepresentableException>(() => ServerlessCloudFormationJson.Write(encrypted.Spec));

        Assert.Equal("diskEncryptionConfiguration", error.Path);
        Assert.StartsWith("AWS::EMRServerless::Application has no DiskEncryptionConfiguration property", error.Reason, StringComparison.Ordinal);
    }

    private static object[] Case(Func<ClusterSpec, ClusterSpec> change, string path, string message) => new object[] { change, path, message };
}
