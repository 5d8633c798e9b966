using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Emit.CloudFormation;
using EmrDsl.Model;
using EmrDsl.Serverless;
using EmrDsl.Tests.Serverless;
using EmrDsl.Tests.StepFunctions;
using EmrDsl.Tests.Terraform;

namespace EmrDsl.Tests.CloudFormation;

/// <summary>The templates the CloudFormation tests write, by snapshot name; the oracle test validates every one.</summary>
internal static class CloudFormationExamples
{
    /// <summary>Terraform's every-setting cluster, with a complete autoscaling rule (CloudFormation requires Rules).</summary>
    public static ClusterSpec Full
    {
        get
        {
            var full = TerraformJsonTests.Full();
            var groups = full.Instances!.InstanceGroups.Select(group => group.AutoScalingPolicy is null ? group : group with
            {
                AutoScalingPolicy = group.AutoScalingPolicy with
                {
                    Rules = EquatableArray.Create(new ScalingRuleSpec
                    {
                        Name = "scale-out",
                        Action = new ScalingActionSpec { SimpleScalingPolicyConfiguration = new SimpleScalingPolicySpec { AdjustmentType = AdjustmentType.ChangeInCapacity, ScalingAdjustment = 1, CoolDown = 300 } },
                        Trigger = new ScalingTriggerSpec
                        {
                            CloudWatchAlarmDefinition = new CloudWatchAlarmSpec
                            {
                                ComparisonOperator = ComparisonOperator.LessThan,
                                MetricName = "YARNMemoryAvailablePercentage",
                                Period = 300,
                                Threshold = 15,
                                Dimensions = EquatableArray.Create(new MapEntry("JobFlowId", "${emr.clusterId}")),
                            },
                        },
                    }),
                },
            });
            return full with
            {
                KerberosAttributes = full.KerberosAttributes! with { KdcAdminPassword = Secret.SsmParameter("/emr/kdc").Reference.Text },
                Instances = full.Instances with { InstanceGroups = groups.ToEquatableArray() },
            };
        }
    }

    /// <summary>A Kerberos cluster whose passwords come from Secrets Manager and SSM: NoEcho parameters in the template.</summary>
    public static Cluster Secure => StateMachineExamples.Nightly
        .Named("secure-warehouse")
        .SecurityConfiguration("kerberos")
        .Kerberos("EC2.INTERNAL", Secret.SecretsManager("emr/kdc", "password"), crossRealmTrustPrincipalPassword: Secret.SsmParameter("/emr/cross-realm"))
        .Configure("hive-site", c => c.Set("javax.jdo.option.ConnectionPassword", Secret.AirflowVariable("metastore_password")));

    public static IReadOnlyList<(string Name, Func<string> Write)> All { get; } = new (string, Func<string>)[]
    {
        ("CloudFormation.Seed.cfn.json", () => CloudFormationJson.Write(TerraformSpecs.Seed)),
        ("CloudFormation.Full.cfn.json", () => CloudFormationJson.Write(Full, new CloudFormationOptions { Description = "Every cluster setting CloudFormation takes" })),
        ("CloudFormation.Fleets.cfn.json", () => CloudFormationJson.Write(TerraformSpecs.Fleets)),
        ("CloudFormation.TaskCapacityInCluster.cfn.json", () => CloudFormationJson.Write(TerraformSpecs.Fleets, new CloudFormationOptions { TaskCapacityInCluster = true, LogicalIdStem = "Etl", Outputs = false })),
        ("CloudFormation.TaskGroupsInCluster.cfn.json", () => CloudFormationJson.Write(TerraformSpecs.Seed, new CloudFormationOptions { TaskCapacityInCluster = true })),
        ("CloudFormation.Secrets.cfn.json", () => Secure.ToCloudFormationJson()),
        ("CloudFormation.StepResources.cfn.json", () => StateMachineExamples.Nightly.KeepAlive().ToCloudFormationJson(new CloudFormationOptions { StepResources = true })),
        ("CloudFormation.SecurityConfiguration.cfn.json", () => Cluster.FromSpec(TerraformSpecs.Seed).SecurityConfiguration(SecurityConfiguration.Create("regulated-sc").EncryptS3AtRest(S3Encryption.SseS3())).ToCloudFormationJson()),
        ("CloudFormation.Serverless.cfn.json", () => ServerlessApplicationSnapshotTests.Seed.ToCloudFormationJson()),
        ("CloudFormation.ServerlessConfigured.cfn.json", () => ServerlessApplicationSnapshotTests.Seed.Named("nightly-etl-configured")
            .Architecture(ServerlessArchitecture.Arm64)
            .AutoStop(idle: TimeSpan.FromMinutes(30))
            .Network(new[] { "subnet-0123456789abcdef0" }, new[] { "sg-0123456789abcdef0" })
            .Image("123456789012.dkr.ecr.us-east-1.amazonaws.com/my-spark:7.0.0")
            .SparkDefaults(s => s.AdaptiveExecution().ShufflePartitions(400))
            .Monitoring(s3LogUri: "s3://my-logs/emr-serverless/", managedPersistence: false, cloudWatchLogGroup: "/aws/emr-serverless/etl")
            .Interactive(studio: true, livy: false)
            .Scheduler(queueTimeout: TimeSpan.FromHours(2), maxConcurrentRuns: 20)
            .ToCloudFormationJson()),
    };
}
