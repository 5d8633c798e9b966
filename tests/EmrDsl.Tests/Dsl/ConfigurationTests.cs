using EmrDsl.Model;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Dsl;

/// <summary>Configurations: the raw escape hatch, typed classification builders and merging.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public void Typed_classifications_write_their_properties_and_nested_exports()
    {
        var cluster = Cluster.Create("configured")
            .Release(EmrRelease.Emr_7_2_0)
            .Master(InstanceTypes.M5.XLarge)
            .SparkDefaults(s => s
                .AdaptiveExecution(true)
                .SkewJoin()
                .ShufflePartitions(400)
                .MaxPartitionBytes("256m")
                .AutoBroadcastJoinThreshold(-1)
                .ExecutorMemory(Memory.Gigabytes(8))
                .ExecutorCores(4)
                .ExecutorInstances(10)
                .DriverMemory(Memory.Megabytes(4096))
                .DriverCores(2)
                .DynamicAllocation(false)
                .Set("spark.serializer", "org.apache.spark.serializer.KryoSerializer"))
            .Spark(s => s.MaximizeResourceAllocation())
            .SparkEnv(e => e.Export("PYSPARK_PYTHON", "/usr/bin/python3"))
            .YarnSite(y => y.VirtualMemoryCheck(false).PhysicalMemoryCheck(true).Set("yarn.nodemanager.resource.memory-mb", 57344))
            .HadoopEnv(h => h.Export("HADOOP_DATANODE_HEAPSIZE", "2048").Export("HADOOP_NAMENODE_OPTS", "-XX:GCTimeRatio=19"))
            .HiveSite(h => h.GlueCatalog())
            .CoreSite(c => c.Set("hadoop.security.groups.cache.secs", 250))
            .EmrfsSite(e => e.MaxConnections(200))
            .Configure("livy-conf", c => c.Set("livy.server.session.timeout", "2h"))
            .Configure("hbase", c => c.Nested("export", n => n.Set("HBASE_HEAPSIZE", "4096")));

        PayloadAssert.Matches(cluster.ToRunJobFlowJson(), PayloadKind.RunJobFlow, "Configurations.Typed.approved.json");
    }

    [Fact]
    public void Writing_a_classification_twice_merges_later_wins_and_order_is_kept()
    {
        var cluster = Cluster.Create("c")
            .SparkDefaults(s => s.ShufflePartitions(200).AdaptiveExecution())
            .YarnSite(y => y.VirtualMemoryCheck(false))
            .SparkDefaults(s => s.ShufflePartitions(800).ExecutorCores(5))
            .Configure(new ConfigurationSpec { Classification = "spark-defaults", Properties = EquatableArray.Create(new MapEntry("spark.sql.adaptive.enabled", "false")) });

        Assert.Equal(new[] { "spark-defaults", "yarn-site" }, new[] { cluster.Spec.Configurations[0].Classification, cluster.Spec.Configurations[1].Classification });
        Assert.Equal(
            new[]
            {
                new MapEntry("spark.sql.shuffle.partitions", "800"),
                new MapEntry("spark.sql.adaptive.enabled", "false"),
                new MapEntry("spark.executor.cores", "5"),
            },
            cluster.Spec.Configurations[0].Properties);
    }

    [Fact]
    public void Nested_exports_merge_by_classification()
    {
        var cluster = Cluster.Create("c")
            .SparkEnv(e => e.Export("A", "1"))
            .SparkEnv(e => e.Export("B", "2").Export("A", "3"));

        var export = Assert.Single(Assert.Single(cluster.Spec.Configurations).Configurations);
        Assert.Equal("export", export.Classification);
        Assert.Equal(new[] { new MapEntry("A", "3"), new MapEntry("B", "2") }, export.Properties);
    }

    [Fact]
    public void Classification_builders_produce_plain_specs_for_other_owners()
    {
        var spec = Classifications.SparkDefaults(s => s.DynamicAllocation(true, minExecutors: 1, maxExecutors: 50, initialExecutors: 2));

        Assert.Equal(SparkDefaultsClassification.Name, spec.Classification);
        Assert.Equal("50", spec.Properties.Get("spark.dynamicAllocation.maxExecutors"));
        Assert.Equal("true", spec.Properties.Get("spark.dynamicAllocation.enabled"));
        Assert.True(spec.Configurations.IsEmpty);
    }

    [Fact]
    public void Group_configurations_merge_like_cluster_ones()
    {
        var group = Cluster.Create("c")
            .Core("m5.xlarge", 2, g => g.Configure("yarn-site", c => c.Set("a", "1")).Configure(Classifications.YarnSite(y => y.Set("a", "2").Set("b", "3"))))
            .Spec.Instances!.InstanceGroups[0];

        var yarn = Assert.Single(group.Configurations);
        Assert.Equal(new[] { new MapEntry("a", "2"), new MapEntry("b", "3") }, yarn.Properties);
    }
}
