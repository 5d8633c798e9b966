namespace EmrDsl.Generators.Tests;

/// <summary>Definitions shared by several tests.</summary>
internal static class Sources
{
    /// <summary>A base cluster with per-environment overrides, written with every construct the evaluator supports.</summary>
    public const string Pipelines = """
        using System;
        using EmrDsl;
        using EmrDsl.Model;

        namespace Acme.Data;

        public static partial class Pipelines
        {
            private const string Bucket = "acme-logs";
            private const int CoreNodes = 2;

            public static Cluster Base =>
                Cluster.Create("nightly-etl")
                    .With(s => s with
                    {
                        ReleaseLabel = "emr-7.1.0",
                        LogUri = $"s3://{Bucket}/emr/{nameof(Pipelines).ToLowerInvariant()}/",
                        Instances = new InstancesSpec
                        {
                            KeepJobFlowAliveWhenNoSteps = false,
                            InstanceGroups = EquatableArray.Create(
                                new InstanceGroupSpec { Name = "Primary", InstanceRole = InstanceRole.Master, InstanceType = "m5.xlarge", InstanceCount = 1 },
                                new InstanceGroupSpec { Name = "Core", InstanceRole = InstanceRole.Core, Market = Market.Spot, InstanceType = "r5.2xlarge", InstanceCount = CoreNodes * 2 + 1 }),
                        },
                        EbsRootVolumeSize = (int)TimeSpan.FromMinutes(1.5).TotalSeconds,
                        StepConcurrencyLevel = CoreNodes > 1 && !false ? 4 : 1,
                        Tags = EquatableArray.Create(new MapEntry("team", "data"), new MapEntry("cost-center", $"cc-{40 + 2:D4}")),
                        VisibleToAllUsers = true,
                    });

            [EmrCluster]
            public static Cluster NightlyEtl => Base;

            [EmrCluster(FileName = "nightly-etl-production")]
            public static Cluster NightlyEtlProd
            {
                get
                {
                    var name = "nightly-etl-" + "prod";
                    return Base.Named(name).With(s => s with { ServiceRole = "EMR_DefaultRole_V2", EbsRootVolumeSize = s.EbsRootVolumeSize * 2 });
                }
            }
        }
        """;
}
