using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Generators.Tests;

namespace EmrDsl.Robustness.Tests.Determinism;

/// <summary>Everything EmrDsl writes for one cluster, and the generator's output for definitions, as comparable text.</summary>
internal static class Payloads
{
    /// <summary>Decimal bid prices, fractional idle hours, memory sizes and a name full of capital I's (tr-TR lower-cases I to dotless ı).</summary>
    public static Cluster Sample() =>
        Cluster.Create("ETL-IMPORT-INDEX")
            .Release("emr-7.1.0")
            .LogUri("s3://acme-logs/INPUT/")
            .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
            .Master("m5.xlarge")
            .Core("r5.2xlarge", 2, g => g.Spot(0.35m).Ebs("gp3", 64, iops: 3000))
            .Task("r5.2xlarge", 4, g => g.Spot(1.25m))
            .AutoTerminateAfterIdle(TimeSpan.FromHours(1.5))
            .ManagedScaling(2, 10)
            .Configure("spark-defaults", c => c.Set("spark.dynamicAllocation.enabled", true).Set("spark.executor.instances", 12))
            .Step(Step.SparkSubmit("Import INDEX", "s3://acme-jobs/import.py")
                .Args("--ratio", "0.75")
                .OnFailure(ActionOnFailure.Continue))
            .Tag("INFO", "Iİıi");

    public static IReadOnlyList<string> Write(Cluster cluster) => new[] { cluster.ToRunJobFlowJson(), cluster.ToTerraformJson() };

    /// <summary>Definitions whose evaluation formats numbers and changes case.</summary>
    public static readonly string[] Definitions =
    {
        Sources.Pipelines,
        """
        using System;
        using EmrDsl;
        public static partial class Culture
        {
            [EmrCluster]
            public static Cluster C => Cluster.Create($"etl-{1.5}-{2.25m}-{"INDEX".ToLowerInvariant()}")
                .Tag("ratio", (0.75).ToString())
                .AutoTerminateAfterIdle(TimeSpan.FromHours(1.5));
        }
        """,
    };

    /// <summary>Each generated file as "hint name: text", in hint-name order.</summary>
    public static IReadOnlyList<string> Generate()
    {
        var outcome = GeneratorHarness.Run(Definitions);
        Assert.Empty(outcome.Diagnostics);
        return outcome.Result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + ": " + s.SourceText).ToList();
    }
}
