using System;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Dsl;

/// <summary>Cluster-wide settings: software, logging, roles, EC2 attributes, lifecycle, scaling and security references.</summary>
public sealed class ClusterSettingsTests
{
    [Fact]
    public void Every_cluster_setting_lands_in_its_RunJobFlow_member()
    {
        var cluster = Cluster.Create("settings")
            .Release("emr-6.15.0")
            .CustomAmi("ami-0abcdef1234567890")
            .OsReleaseLabel("2.0.20240709.1")
            .RepoUpgradeOnBoot(RepoUpgradeOnBoot.Security)
            .Applications(EmrApplication.Spark, "JupyterEnterpriseGateway")
            .Application(EmrApplication.Hadoop, version: "3.3.6", "--flag", "value")
            .LogUri("s3a://logs-bucket/emr/")
            .LogEncryptionKmsKey("arn:aws:kms:us-east-1:123456789012:key/abcd")
            .CloudWatchLogs(logGroupName: "/emr/settings")
            .Roles(service: "EMR_DefaultRole_V2", instanceProfile: "EMR_EC2_DefaultRole", autoScaling: "EMR_AutoScaling_DefaultRole")
            .Subnets("subnet-a", "subnet-b")
            .KeyPair("ops-key")
            .AvailabilityZones("us-east-1a", "us-east-1b")
            .ManagedSecurityGroups(master: "sg-master", slave: "sg-slave", serviceAccess: "sg-service")
            .AdditionalMasterSecurityGroups("sg-extra-master")
            .AdditionalSlaveSecurityGroups("sg-extra-slave-1", "sg-extra-slave-2")
            .Tags(("Owner", "data-eng"), ("CostCenter", "42"))
            .VisibleToAllUsers(false)
            .TerminationProtected()
            .UnhealthyNodeReplacement()
            .KeepAlive()
            .StepConcurrency(4)
            .ScaleDown(ScaleDownBehavior.TerminateAtTaskCompletion)
            .EbsRootVolume(64, iops: 4000, throughput: 250)
            .PlacementGroup(InstanceRole.Master, PlacementGroupStrategy.Spread)
            .Kerberos("EC2.INTERNAL", Secret.AirflowVariable("emr_kdc_admin_password"), adDomainJoinUser: "joiner", adDomainJoinPassword: Secret.SecretsManager("emr/ad-join", "password"))
            .ManagedScaling(2, 20, ComputeLimitsUnitType.Instances, maxOnDemand: 5, maxCore: 4)
            .AutoTerminateAfterIdle(TimeSpan.FromHours(1))
            .SecurityConfiguration("at-rest-and-in-transit")
            .AdditionalInfo("{\"instanceAwsClientConfiguration\":{\"proxyPort\":8099}}")
            .Bootstrap("install-libs", "s3://my-bucket/bootstrap/install.sh", "--with", "pandas")
            .Bootstrap("local", "file:/usr/share/aws/emr/scripts/configure.sh")
            .Master(InstanceTypes.M7g.XLarge);

        PayloadAssert.Matches(cluster.ToRunJobFlowJson(), PayloadKind.RunJobFlow, "Settings.AllMembers.approved.json");
    }

    [Fact]
    public void Log_types_published_to_CloudWatch_turn_it_on_replace_their_own_type_and_survive_CloudWatchLogs()
    {
        var cluster = Cluster.Create("logs")
            .PublishToCloudWatch(CloudWatchLogTypes.StepLogs, CloudWatchLogFiles.Stdout)
            .PublishToCloudWatch(CloudWatchLogTypes.SparkDriver, CloudWatchLogFiles.Stderr)
            .PublishToCloudWatch(CloudWatchLogTypes.StepLogs, CloudWatchLogFiles.Stdout, CloudWatchLogFiles.Stderr)
            .CloudWatchLogs(logGroupName: "/aws/emr/logs");

        var cloudWatch = cluster.Spec.MonitoringConfiguration!.CloudWatchLogConfiguration!;
        Assert.True(cloudWatch.Enabled);
        Assert.Equal("/aws/emr/logs", cloudWatch.LogGroupName);
        Assert.Equal(
            new[] { "STEP_LOGS=STDOUT,STDERR", "SPARK_DRIVER=STDERR" },
            cloudWatch.LogTypes.Select(t => t.Key + "=" + string.Join(",", t.Values)));
    }

    [Theory]
    [InlineData("", new[] { "STDOUT" }, "logType")]
    [InlineData("STEP_LOGS", new string[0], "files")]
    [InlineData("STEP_LOGS", new[] { " " }, "files")]
    public void Publishing_needs_a_log_type_and_files(string logType, string[] files, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Cluster.Create("logs").PublishToCloudWatch(logType, files));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void A_root_volume_may_set_only_its_throughput_but_must_set_something()
    {
        var spec = Cluster.Create("root").EbsRootVolume(throughput: 125).Spec;

        Assert.Equal((null, null, 125), (spec.EbsRootVolumeSize, spec.EbsRootVolumeIops, spec.EbsRootVolumeThroughput));
        var error = Assert.Throws<ArgumentException>(() => Cluster.Create("root").EbsRootVolume());
        Assert.Equal("sizeGiB", error.ParamName);
        Assert.Contains("EbsRootVolume(throughput: 250)", error.Message);
    }

    [Fact]
    public void S3_log_upload_policies_are_kept_per_log_type_and_persistent_UI_logs_cannot_stay_in_your_bucket_only()
    {
        var cluster = Cluster.Create("logs")
            .S3LogUpload(S3LogTypes.ApplicationLogs, S3LogUploadPolicies.EmrManaged)
            .S3LogUpload(S3LogTypes.PersistentUiLogs, S3LogUploadPolicies.Disabled)
            .S3LogUpload(S3LogTypes.ApplicationLogs, S3LogUploadPolicies.OnCustomerS3Only);

        Assert.Equal(
            new[] { "application-logs=on-customer-s3only", "persistent-ui-logs=disabled" },
            cluster.Spec.MonitoringConfiguration!.S3LoggingConfiguration!.LogTypeUploadPolicy.Select(p => p.Key + "=" + p.Value));
        var error = Assert.Throws<ArgumentException>(() => cluster.S3LogUpload(S3LogTypes.PersistentUiLogs, S3LogUploadPolicies.OnCustomerS3Only));
        Assert.Equal("policy", error.ParamName);
    }

    [Fact]
    public void Roles_set_separately_equal_roles_set_together()
    {
        var together = Cluster.Create("r").Roles(service: "S", instanceProfile: "P", autoScaling: "A");
        var apart = Cluster.Create("r").ServiceRole("S").InstanceProfile("P").AutoScalingRole("A");

        Assert.Equal(together.Spec, apart.Spec);
    }

    [Fact]
    public void Roles_left_out_keep_their_value()
    {
        var cluster = Cluster.Create("r").Roles(service: "S", instanceProfile: "P").Roles(service: "S2");

        Assert.Equal("S2", cluster.Spec.ServiceRole);
        Assert.Equal("P", cluster.Spec.JobFlowRole);
    }

    [Fact]
    public void Keep_alive_and_terminate_after_steps_are_the_two_values_of_one_member()
    {
        Assert.True(Cluster.Create("c").TerminateAfterSteps().KeepAlive().Spec.Instances!.KeepJobFlowAliveWhenNoSteps);
        Assert.False(Cluster.Create("c").KeepAlive().TerminateAfterSteps().Spec.Instances!.KeepJobFlowAliveWhenNoSteps);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(604800)]
    public void Idle_timeout_accepts_the_ends_of_the_API_range(int seconds) =>
        Assert.Equal(seconds, Cluster.Create("c").AutoTerminateAfterIdle(TimeSpan.FromSeconds(seconds)).Spec.AutoTerminationPolicy!.IdleTimeout);

    [Fact]
    public void Naming_an_application_again_replaces_it_regardless_of_case()
    {
        var cluster = Cluster.Create("c").Applications("Spark", "Hive").Application("SPARK", version: "3.5.1");

        Assert.Equal(new[] { "SPARK", "Hive" }, new[] { cluster.Spec.Applications[0].Name, cluster.Spec.Applications[1].Name });
        Assert.Equal("3.5.1", cluster.Spec.Applications[0].Version);
    }

    [Fact]
    public void Tags_and_placement_groups_written_again_replace_in_place()
    {
        var cluster = Cluster.Create("c")
            .Tag("a", "1").Tag("b", "2").Tag("a", "3")
            .PlacementGroup(InstanceRole.Master, PlacementGroupStrategy.Spread)
            .PlacementGroup(InstanceRole.Core, PlacementGroupStrategy.Partition)
            .PlacementGroup(InstanceRole.Master, PlacementGroupStrategy.Cluster);

        Assert.Equal(new[] { new MapEntry("a", "3"), new MapEntry("b", "2") }, cluster.Spec.Tags);
        Assert.Equal(2, cluster.Spec.PlacementGroupConfigs.Count);
        Assert.Equal(PlacementGroupStrategy.Cluster, cluster.Spec.PlacementGroupConfigs[0].PlacementStrategy);
    }

    [Fact]
    public void Bootstrap_action_with_the_same_name_is_replaced()
    {
        var cluster = Cluster.Create("c")
            .Bootstrap("setup", "s3://my-bucket/a.sh")
            .Bootstrap("other", "s3://my-bucket/b.sh")
            .Bootstrap("setup", "s3://my-bucket/c.sh", "x");

        Assert.Equal(2, cluster.Spec.BootstrapActions.Count);
        Assert.Equal("s3://my-bucket/c.sh", cluster.Spec.BootstrapActions[0].ScriptBootstrapAction!.Path);
        Assert.Equal(new[] { "x" }, cluster.Spec.BootstrapActions[0].ScriptBootstrapAction!.Args);
    }

    [Fact]
    public void Legacy_instances_write_the_uniform_members() =>
        PayloadAssert.Matches(
            Cluster.Create("legacy").Release(EmrRelease.Emr_5_36_2).LegacyInstances(InstanceTypes.M5.XLarge, InstanceTypes.M5.X2Large, 5).KeepAlive().ToRunJobFlowJson(),
            PayloadKind.RunJobFlow,
            "Settings.LegacyInstances.approved.json");
}
