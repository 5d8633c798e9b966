using EmrDsl.Emit.Terraform;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Terraform;

public sealed class TerraformJsonTests
{
    [Fact]
    public void Seed_cluster_becomes_a_cluster_and_a_spot_task_group()
    {
        var json = TerraformJson.Write(TerraformSpecs.Seed);

        PayloadAssert.Matches(json, PayloadKind.Terraform, "Terraform.Seed.approved.json");
        Assert.Contains("\"bid_price\": \"OnDemandPrice\"", json);
        Assert.Contains("\"cluster_id\": \"${aws_emr_cluster.etl_daily_2026_04_25.id}\"", json);
    }

    [Fact]
    public void Seed_written_with_the_DSL_is_the_same_cluster() =>
        Assert.Equal(TerraformSpecs.Seed, EmrDsl.Tests.Dsl.SeedPayloadTests.DailyEtl.Spec);

    [Fact]
    public void An_authored_security_configuration_becomes_its_own_resource_the_cluster_refers_to()
    {
        var document = SecurityConfiguration.Create("regulated-sc").EncryptS3AtRest(S3Encryption.SseS3());
        var cluster = Cluster.FromSpec(TerraformSpecs.Seed).SecurityConfiguration(document);

        var json = cluster.ToTerraformJson();

        PayloadAssert.Matches(json, PayloadKind.Terraform, "Terraform.SeedWithSecurityConfiguration.approved.json");
        Assert.Contains("\"security_configuration\": \"${aws_emr_security_configuration.etl_daily_2026_04_25.name}\"", json);
        var resource = (JsonObject)((JsonObject)((JsonObject)((JsonObject)JsonParser.Parse(json))["resource"]!)["aws_emr_security_configuration"]!)["etl_daily_2026_04_25"]!;
        Assert.Equal(document.ToJson(), ((JsonString)resource["configuration"]!).Value);
        Assert.Equal("regulated-sc", ((JsonString)resource["name"]!).Value);
    }

    [Fact]
    public void Cluster_ToTerraformJson_is_the_emitter_output()
    {
        var cluster = Cluster.FromSpec(TerraformSpecs.Seed);

        Assert.Equal(TerraformJson.Write(TerraformSpecs.Seed), cluster.ToTerraformJson());
        Assert.Equal(
            TerraformJson.Write(TerraformSpecs.Seed, new TerraformOptions { ResourceName = "nightly" }),
            cluster.ToTerraformJson(new TerraformOptions { ResourceName = "nightly" }));
    }

    [Fact]
    public void Members_are_in_ordinal_order_at_every_level()
    {
        var json = JsonParser.Parse(TerraformJson.Write(Full()));

        AssertSorted(json);
    }

    [Fact]
    public void Fleets_become_cluster_fleet_blocks_and_a_task_fleet_resource()
    {
        var spec = TerraformSpecs.Fleets;

        var json = TerraformJson.Write(spec);

        PayloadAssert.Matches(json, PayloadKind.Terraform, "Terraform.Fleets.approved.json");
    }

    [Fact]
    public void Everything_else_maps_to_its_argument_or_resource()
    {
        var json = TerraformJson.Write(Full(), new TerraformOptions
        {
            SecurityConfiguration = new TerraformSecurityConfiguration("etl-encryption", "{\"EncryptionConfiguration\": {\"EnableInTransitEncryption\": false, \"EnableAtRestEncryption\": false}}"),
        });

        PayloadAssert.Matches(json, PayloadKind.Terraform, "Terraform.Full.approved.json");
        Assert.Contains("\"security_configuration\": \"${aws_emr_security_configuration.etl_daily_2026_04_25.name}\"", json);
    }

    [Fact]
    public void Literal_interpolation_and_directive_markers_in_user_values_are_escaped()
    {
        var spec = TerraformSpecs.Seed with
        {
            Tags = EquatableArray.Create(new MapEntry("${team}", "cost-%{center}"), new MapEntry("Owner", "$${already}")),
            Steps = EquatableArray.Create(TerraformSpecs.Seed.Steps[0] with
            {
                HadoopJarStep = TerraformSpecs.Seed.Steps[0].HadoopJarStep! with
                {
                    Args = EquatableArray.Create("bash", "-c", "echo ${HOME} %{if x}"),
                    Properties = EquatableArray.Create(new MapEntry("path", "${PATH}")),
                },
            }),
        };

        var json = TerraformJson.Write(spec);

        PayloadAssert.Matches(json, PayloadKind.Terraform, "Terraform.Escaping.approved.json");
        Assert.Contains("\"echo $${HOME} %%{if x}\"", json);
        Assert.Contains("\"$${team}\": \"cost-%%{center}\"", json);
        Assert.Contains("\"Owner\": \"$$${already}\"", json);
    }

    [Fact]
    public void Legacy_master_and_slave_instance_types_become_master_and_core_groups()
    {
        var spec = TerraformSpecs.Seed with
        {
            Instances = new InstancesSpec { MasterInstanceType = "m5.xlarge", SlaveInstanceType = "m5.2xlarge", InstanceCount = 3 },
        };

        var cluster = ClusterBody(TerraformJson.ToJson(spec));

        Assert.Equal("{\n  \"instance_count\": 1,\n  \"instance_type\": \"m5.xlarge\"\n}\n", cluster["master_instance_group"]!.ToString());
        Assert.Equal("{\n  \"instance_count\": 2,\n  \"instance_type\": \"m5.2xlarge\"\n}\n", cluster["core_instance_group"]!.ToString());
        TerraformSchemaOracle.AssertValid(TerraformJson.Write(spec));
    }

    [Fact]
    public void A_single_instance_legacy_cluster_has_no_core_group()
    {
        var spec = TerraformSpecs.Seed with { Instances = new InstancesSpec { MasterInstanceType = "m5.xlarge", InstanceCount = 1 } };

        var cluster = ClusterBody(TerraformJson.ToJson(spec));

        Assert.NotNull(cluster["master_instance_group"]);
        Assert.Null(cluster["core_instance_group"]);
    }

    [Fact]
    public void Several_task_groups_are_numbered_in_request_order()
    {
        var spec = TerraformSpecs.Seed with
        {
            Instances = TerraformSpecs.Seed.Instances! with
            {
                InstanceGroups = TerraformSpecs.Seed.Instances!.InstanceGroups.Add(TerraformSpecs.Group(InstanceRole.Task, "c6g.4xlarge", 3, Market.OnDemand) with { Name = "burst" }),
            },
        };

        var groups = (JsonObject)((JsonObject)TerraformJson.ToJson(spec)["resource"]!)["aws_emr_instance_group"]!;

        Assert.Equal(new[] { "etl_daily_2026_04_25_task_1", "etl_daily_2026_04_25_task_2" }, Names(groups));
        Assert.Equal("burst", ((JsonString)((JsonObject)groups["etl_daily_2026_04_25_task_2"]!)["name"]!).Value);
    }

    [Fact]
    public void Chosen_resource_name_is_used_for_every_resource_and_reference()
    {
        var json = TerraformJson.Write(TerraformSpecs.Seed, new TerraformOptions { ResourceName = "nightly-etl" });

        TerraformSchemaOracle.AssertValid(json);
        Assert.Contains("\"nightly-etl\": {", json);
        Assert.Contains("${aws_emr_cluster.nightly-etl.id}", json);
        Assert.DoesNotContain("etl_daily", json);
    }

    internal static ClusterSpec Full() => TerraformSpecs.Seed with
    {
        LogEncryptionKmsKeyId = "arn:aws:kms:us-east-1:111122223333:key/abcd",
        AdditionalInfo = "{\"instanceAwsClientConfiguration\":{\"proxyPort\":8099}}",
        AutoScalingRole = "EMR_AutoScaling_DefaultRole",
        CustomAmiId = "ami-0123456789abcdef0",
        OSReleaseLabel = "2.0.20240709.1",
        EbsRootVolumeSize = 64,
        ScaleDownBehavior = ScaleDownBehavior.TerminateAtTaskCompletion,
        StepConcurrencyLevel = 2,
        AutoTerminationPolicy = new AutoTerminationSpec { IdleTimeout = 3600 },
        KerberosAttributes = new KerberosSpec { Realm = "EC2.INTERNAL", KdcAdminPassword = "${var.kdc_admin_password}" },
        PlacementGroupConfigs = EquatableArray.Create(new PlacementGroupSpec { InstanceRole = InstanceRole.Master }),
        ManagedScalingPolicy = new ManagedScalingSpec
        {
            ComputeLimits = new ComputeLimitsSpec { UnitType = ComputeLimitsUnitType.Instances, MinimumCapacityUnits = 3, MaximumCapacityUnits = 20, MaximumCoreCapacityUnits = 4 },
        },
        Configurations = EquatableArray.Create(new ConfigurationSpec
        {
            Classification = "spark-env",
            Configurations = EquatableArray.Create(new ConfigurationSpec { Classification = "export", Properties = EquatableArray.Create(new MapEntry("PYSPARK_PYTHON", "/usr/bin/python3")) }),
        }),
        BootstrapActions = EquatableArray.Create(new BootstrapActionSpec
        {
            Name = "Install deps",
            ScriptBootstrapAction = new ScriptBootstrapActionSpec { Path = "s3://my-bucket/bootstrap/install.sh", Args = EquatableArray.Create("--quiet") },
        }),
        Instances = TerraformSpecs.Seed.Instances! with
        {
            Ec2KeyName = "etl-key",
            TerminationProtected = true,
            UnhealthyNodeReplacement = true,
            EmrManagedMasterSecurityGroup = "sg-0000000000000000a",
            EmrManagedSlaveSecurityGroup = "sg-0000000000000000b",
            ServiceAccessSecurityGroup = "sg-0000000000000000c",
            AdditionalMasterSecurityGroups = EquatableArray.Create("sg-1", "sg-2"),
            AdditionalSlaveSecurityGroups = EquatableArray.Create("sg-3"),
            InstanceGroups = EquatableArray.Create(
                TerraformSpecs.Group(InstanceRole.Master, "m6g.xlarge", 1, Market.OnDemand) with { Name = "Primary" },
                TerraformSpecs.Group(InstanceRole.Core, "m6g.2xlarge", 2, Market.Spot) with
                {
                    BidPrice = "0.30",
                    EbsConfiguration = new EbsSpec
                    {
                        EbsBlockDeviceConfigs = EquatableArray.Create(new EbsBlockDeviceSpec { VolumeSpecification = new VolumeSpec { VolumeType = "gp3", SizeInGB = 128, Iops = 3000, Throughput = 250 } }),
                    },
                    AutoScalingPolicy = new AutoScalingPolicySpec { Constraints = new ScalingConstraintsSpec { MinCapacity = 2, MaxCapacity = 6 } },
                },
                TerraformSpecs.Group(InstanceRole.Task, "m6g.2xlarge", 4, Market.OnDemand) with
                {
                    Configurations = EquatableArray.Create(new ConfigurationSpec { Classification = "spark-defaults", Properties = EquatableArray.Create(new MapEntry("spark.dynamicAllocation.enabled", "true")) }),
                    EbsConfiguration = new EbsSpec
                    {
                        EbsOptimized = true,
                        EbsBlockDeviceConfigs = EquatableArray.Create(new EbsBlockDeviceSpec { VolumeSpecification = new VolumeSpec { VolumeType = "gp2", SizeInGB = 64 } }),
                    },
                }),
        },
    };

    private static JsonObject ClusterBody(JsonObject document) =>
        (JsonObject)((JsonObject)((JsonObject)document["resource"]!)["aws_emr_cluster"]!).Members[0].Value;

    private static string[] Names(JsonObject obj)
    {
        var names = new string[obj.Count];
        for (var i = 0; i < obj.Count; i++)
        {
            names[i] = obj.Members[i].Key;
        }

        return names;
    }

    private static void AssertSorted(JsonValue value)
    {
        switch (value)
        {
            case JsonObject obj:
                var names = Names(obj);
                var sorted = (string[])names.Clone();
                System.Array.Sort(sorted, System.StringComparer.Ordinal);
                Assert.Equal(sorted, names);
                foreach (var member in obj.Members)
                {
                    AssertSorted(member.Value);
                }

                break;
            case JsonArray array:
                foreach (var item in array.Items)
                {
                    AssertSorted(item);
                }

                break;
        }
    }
}
