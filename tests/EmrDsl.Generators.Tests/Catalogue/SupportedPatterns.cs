using System.Collections.Generic;
using System.Linq;

namespace EmrDsl.Generators.Tests.Catalogue;

/// <summary>The patterns the evaluator supports, each a small realistic definition (docs/evaluation.md lists the same constructs).</summary>
public static class SupportedPatterns
{
    public static IEnumerable<object[]> All => Patterns.Select(p => new object[] { p });

    public static readonly EvaluationPattern[] Patterns =
    {
        EvaluationPattern.Of("helper method with parameters", """
            public static partial class Defs
            {
                static Cluster Standard(string name, int cores) => Cluster.Create(name)
                    .Release(EmrRelease.Emr_7_2_0).LogUri("s3://acme-logs/emr/")
                    .Master(InstanceTypes.M5.XLarge).Core(InstanceTypes.R5.X2Large, cores);

                [EmrCluster] public static Cluster C => Standard("sessions", cores: 6);
            }
            """, "\"InstanceCount\": 6"),
        EvaluationPattern.Of("extension method with a parameter", """
            public static class Conventions
            {
                public static Cluster WithTeamTags(this Cluster cluster, string team) =>
                    cluster.Tag("team", team).Tag("cost-center", $"cc-{team}");
            }

            public static partial class Defs
            {
                [EmrCluster] public static Cluster C => Cluster.Create("reports").Release(EmrRelease.Emr_7_2_0)
                    .Master(InstanceTypes.M5.XLarge).WithTeamTags("analytics");
            }
            """, "\"Value\": \"cc-analytics\""),
        EvaluationPattern.Of("switch expression on an enum parameter", """
            public enum Size { Small, Medium, Large }

            public static partial class Defs
            {
                static string Instance(Size size) => size switch
                {
                    Size.Small => InstanceTypes.M5.XLarge,
                    Size.Medium => InstanceTypes.M5.X2Large,
                    _ => InstanceTypes.M5.X4Large,
                };

                [EmrCluster] public static Cluster C => Cluster.Create("sized").Release(EmrRelease.Emr_7_2_0).Master(Instance(Size.Medium));
            }
            """, "\"InstanceType\": \"m5.2xlarge\""),
        EvaluationPattern.Of("switch statement with cases, default and fall-out", """
            public enum Environment { Dev, Staging, Prod }

            public static partial class Defs
            {
                static int CoreCount(Environment environment)
                {
                    switch (environment)
                    {
                        case Environment.Dev:
                        case Environment.Staging:
                            return 2;
                        case Environment.Prod when DateFree():
                            return 12;
                        default:
                            break;
                    }

                    return 4;
                }

                static bool DateFree() => true;

                [EmrCluster] public static Cluster C => Cluster.Create("etl").Release(EmrRelease.Emr_7_2_0)
                    .Master(InstanceTypes.M5.XLarge).Core(InstanceTypes.R5.XLarge, CoreCount(Environment.Prod));
            }
            """, "\"InstanceCount\": 12"),
        EvaluationPattern.Of("foreach loop adds one step per item", """
            public static partial class Defs
            {
                static readonly string[] Tables = { "orders", "customers", "payments" };

                static Cluster WithDailySteps(Cluster cluster)
                {
                    foreach (var table in Tables)
                    {
                        cluster = cluster.Step(Step.SparkSubmit($"load-{table}", "s3://acme-jobs/load.py").Args("--table", table));
                    }

                    return cluster;
                }

                [EmrCluster] public static Cluster C => WithDailySteps(Cluster.Create("daily").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge));
            }
            """, "\"Name\": \"load-payments\""),
        EvaluationPattern.Of("for loop with a counter", """
            public static partial class Defs
            {
                [EmrCluster] public static Cluster C
                {
                    get
                    {
                        var cluster = Cluster.Create("partitions").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge);
                        for (var hour = 0; hour < 24; hour += 6)
                        {
                            cluster = cluster.Step(Step.CommandRunner($"compact-{hour:D2}", "hadoop", "fs", "-ls", $"/data/hour={hour}"));
                        }

                        return cluster;
                    }
                }
            }
            """, "\"Name\": \"compact-18\""),
        EvaluationPattern.Of("while and do-while loops", """
            public static partial class Defs
            {
                static int Doubled(int start, int limit)
                {
                    var value = start;
                    while (value * 2 <= limit)
                    {
                        value *= 2;
                    }

                    do { value--; } while (value % 3 != 0);
                    return value;
                }

                [EmrCluster] public static Cluster C => Cluster.Create("loops").Release(EmrRelease.Emr_7_2_0)
                    .Master(InstanceTypes.M5.XLarge).Core(InstanceTypes.M5.XLarge, Doubled(3, 40));
            }
            """, "\"InstanceCount\": 21"),
        EvaluationPattern.Of("break and continue", """
            public static partial class Defs
            {
                static readonly string[] Jobs = { "a", "skip", "b", "stop", "c" };

                static Cluster Add(Cluster cluster)
                {
                    foreach (var job in Jobs)
                    {
                        if (job == "skip") continue;
                        if (job == "stop") break;
                        cluster = cluster.Step(Step.SparkSubmit(job, $"s3://acme-jobs/{job}.py"));
                    }

                    return cluster;
                }

                [EmrCluster] public static Cluster C => Add(Cluster.Create("control").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge));
            }
            """, "\"Name\": \"b\""),
        EvaluationPattern.Of("collection expression arguments", """
            public static partial class Defs
            {
                static readonly string[] Private = ["subnet-0aaa", "subnet-0bbb"];

                [EmrCluster] public static Cluster C => Cluster.Create("fleet").Release(EmrRelease.Emr_7_2_0)
                    .MasterFleet(f => f.OnDemandCapacity(1).InstanceType(InstanceTypes.M5.XLarge))
                    .Subnets([.. Private, "subnet-0ccc"]);
            }
            """, "\"subnet-0ccc\""),
        EvaluationPattern.Of("settings in a static readonly record", """
            public sealed record PipelineSettings(string Name, int Cores, bool Spot);

            public static partial class Defs
            {
                static readonly PipelineSettings Settings = new("sessions", 5, true);

                [EmrCluster] public static Cluster C => Cluster.Create(Settings.Name).Release(EmrRelease.Emr_7_2_0)
                    .Master(InstanceTypes.M5.XLarge)
                    .Core(InstanceTypes.R5.XLarge, Settings.Cores, g => Settings.Spot ? g.Spot() : g);
            }
            """, "\"InstanceCount\": 5"),
        EvaluationPattern.Of("record with expression and value equality", """
            public sealed record Sizing(int Cores, int Tasks);

            public static partial class Defs
            {
                static readonly Sizing Base = new(2, 4);
                static readonly Sizing Peak = Base with { Tasks = 16 };

                [EmrCluster] public static Cluster C => Cluster.Create(Peak == new Sizing(2, 16) ? "peak" : "wrong").Release(EmrRelease.Emr_7_2_0)
                    .Master(InstanceTypes.M5.XLarge).Core(InstanceTypes.R5.XLarge, Peak.Cores).Task(InstanceTypes.R5.XLarge, Peak.Tasks);
            }
            """, "\"Name\": \"peak\""),
        EvaluationPattern.Of("class with a primary constructor and computed members", """
            public sealed class Team(string name, string bucket)
            {
                public string Name => name;
                public string LogUri => $"s3://{bucket}/logs/{name}/";
                public string Prefix { get; } = name.ToUpperInvariant();
            }

            public static partial class Defs
            {
                static Team Analytics => new("analytics", "acme-logs");

                [EmrCluster] public static Cluster C => Cluster.Create(Analytics.Name).Release(EmrRelease.Emr_7_2_0)
                    .Master(InstanceTypes.M5.XLarge).LogUri(Analytics.LogUri).Tag("prefix", Analytics.Prefix);
            }
            """, "\"LogUri\": \"s3://acme-logs/logs/analytics/\""),
        EvaluationPattern.Of("class with init and required members and a constructor body", """
            public sealed class Profile
            {
                public Profile(string name)
                {
                    Name = name;
                    Owner = "platform";
                }

                public string Name { get; }
                public string Owner { get; init; }
                public required int Cores { get; init; }
                public int Tasks { get; init; } = 3;
            }

            public static partial class Defs
            {
                static readonly Profile Profile = new("profiled") { Cores = 7, Owner = "data" };

                [EmrCluster] public static Cluster C => Cluster.Create(Profile.Name).Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Core(InstanceTypes.R5.XLarge, Profile.Cores).Task(InstanceTypes.R5.XLarge, Profile.Tasks).Tag("owner", Profile.Owner);
            }
            """, "\"Value\": \"data\""),
        EvaluationPattern.Of("record inheritance with a base primary constructor", """
            public abstract record Workload(string Name, int Cores);
            public sealed record Streaming(string Name, int Cores, int Shards) : Workload(Name, Cores);

            public static partial class Defs
            {
                static readonly Workload Job = new Streaming("clicks", 3, 8);

                [EmrCluster] public static Cluster C => Cluster.Create(Job.Name).Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Core(InstanceTypes.R5.XLarge, Job.Cores + (Job is Streaming s ? s.Shards : 0));
            }
            """, "\"InstanceCount\": 11"),
        EvaluationPattern.Of("instance method of a record", """
            public sealed record Naming(string Team, string Environment)
            {
                public string ClusterName(string pipeline) => $"{Team}-{pipeline}-{Environment}";
            }

            public static partial class Defs
            {
                static readonly Naming Names = new("bi", "prod");

                [EmrCluster] public static Cluster C => Cluster.Create(Names.ClusterName("daily")).Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge);
            }
            """, "\"Name\": \"bi-daily-prod\""),
        EvaluationPattern.Of("virtual and override dispatch", """
            public abstract class Tier
            {
                public virtual int Cores => 2;
                public abstract string Label { get; }
            }

            public sealed class Gold : Tier
            {
                public override int Cores => base.Cores * 5;
                public override string Label => "gold";
            }

            public static partial class Defs
            {
                static Tier Tier => new Gold();

                [EmrCluster] public static Cluster C => Cluster.Create(Tier.Label).Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge).Core(InstanceTypes.R5.XLarge, Tier.Cores);
            }
            """, "\"InstanceCount\": 10"),
        EvaluationPattern.Of("interface implementation", """
            public interface IStepSource
            {
                StepDefinition Build(string day);
            }

            public sealed class Backfill : IStepSource
            {
                public StepDefinition Build(string day) => Step.SparkSubmit($"backfill-{day}", "s3://acme-jobs/backfill.py").Args("--day", day);
            }

            public static partial class Defs
            {
                static IStepSource Source => new Backfill();

                [EmrCluster] public static Cluster C => Cluster.Create("backfill").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Step(Source.Build("2026-12-01"));
            }
            """, "\"Name\": \"backfill-2026-12-01\""),
        EvaluationPattern.Of("local function", """
            public static partial class Defs
            {
                [EmrCluster] public static Cluster C
                {
                    get
                    {
                        StepDefinition Load(string table, int partitions = 200) =>
                            Step.SparkSubmit($"load-{table}", "s3://acme-jobs/load.py").Conf("spark.sql.shuffle.partitions", partitions.ToString());

                        return Cluster.Create("local").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                            .Steps(Load("orders"), Load("events", partitions: 800));
                    }
                }
            }
            """, "spark.sql.shuffle.partitions=800"),
        EvaluationPattern.Of("generic method", """
            public static partial class Defs
            {
                static T Pick<T>(bool first, T a, T b) => first ? a : b;
                static List<T> Twice<T>(T value) => new List<T> { value, value };

                [EmrCluster] public static Cluster C => Cluster.Create(Pick(false, "a", "generic")).Release(EmrRelease.Emr_7_2_0)
                    .Master(InstanceTypes.M5.XLarge).Core(InstanceTypes.R5.XLarge, Twice(3).Sum());
            }
            """, "\"InstanceCount\": 6"),
        EvaluationPattern.Of("lambda stored in a static field", """
            public static partial class Defs
            {
                static readonly Func<string, StepDefinition> Report = name => Step.Hive($"report-{name}", $"s3://acme-jobs/{name}.q");
                static Func<int, int> Double { get; } = n => n * 2;

                [EmrCluster] public static Cluster C => Cluster.Create("reports").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Core(InstanceTypes.R5.XLarge, Double(2)).Step(Report("weekly"));
            }
            """, "\"Name\": \"report-weekly\""),
        EvaluationPattern.Of("params, defaults and named arguments", """
            public static partial class Defs
            {
                static Cluster Make(string name, int cores = 2, bool keepAlive = false, params string[] tags)
                {
                    var cluster = Cluster.Create(name).Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge).Core(InstanceTypes.R5.XLarge, cores);
                    foreach (var tag in tags)
                    {
                        cluster = cluster.Tag(tag, "yes");
                    }

                    return keepAlive ? cluster.KeepAlive() : cluster.TerminateAfterSteps();
                }

                [EmrCluster] public static Cluster C => Make("named", keepAlive: true, cores: 3, tags: new[] { "pii", "gold" });
            }
            """, "\"Key\": \"gold\""),
        EvaluationPattern.Of("recursion", """
            public static partial class Defs
            {
                static int Fibonacci(int n) => n < 2 ? n : Fibonacci(n - 1) + Fibonacci(n - 2);

                [EmrCluster] public static Cluster C => Cluster.Create("recursive").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge).Core(InstanceTypes.R5.XLarge, Fibonacci(9));
            }
            """, "\"InstanceCount\": 34"),
        EvaluationPattern.Of("tuples and deconstruction", """
            public static partial class Defs
            {
                static (string Type, int Count) CoreNodes(bool large) => large ? (InstanceTypes.R5.X4Large, 4) : (InstanceTypes.R5.XLarge, 2);

                [EmrCluster] public static Cluster C
                {
                    get
                    {
                        var (type, count) = CoreNodes(large: true);
                        var nodes = CoreNodes(false);
                        (count, var other) = (count + nodes.Count, nodes.Type);
                        return Cluster.Create("tuples").Release(EmrRelease.Emr_7_2_0).Master(other).Core(type, count);
                    }
                }
            }
            """, "\"InstanceCount\": 6"),
        EvaluationPattern.Of("dictionary iterated with deconstruction", """
            public static partial class Defs
            {
                static readonly Dictionary<string, string> Tags = new()
                {
                    ["team"] = "analytics",
                    ["env"] = "prod",
                };

                [EmrCluster] public static Cluster C
                {
                    get
                    {
                        var cluster = Cluster.Create("tagged").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge);
                        foreach (var (key, value) in Tags)
                        {
                            cluster = cluster.Tag(key, value);
                        }

                        return cluster;
                    }
                }
            }
            """, "\"Value\": \"analytics\""),
        EvaluationPattern.Of("LINQ Range, Select and ToArray", """
            public static partial class Defs
            {
                [EmrCluster] public static Cluster C => Cluster.Create("shards").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Steps(Enumerable.Range(1, 3).Select(i => (StepDefinition)Step.SparkSubmit($"shard-{i}", "s3://acme-jobs/shard.py").Args("--shard", i.ToString())).ToArray());
            }
            """, "\"Name\": \"shard-3\""),
        EvaluationPattern.Of("LINQ Where, OrderBy and ThenBy over records", """
            public sealed record Job(string Name, int Priority, bool Enabled);

            public static partial class Defs
            {
                static readonly Job[] Jobs = { new("c", 1, true), new("a", 2, true), new("b", 1, true), new("off", 0, false) };

                [EmrCluster] public static Cluster C => Cluster.Create("ordered").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Steps(Jobs.Where(j => j.Enabled).OrderByDescending(j => j.Priority).ThenBy(j => j.Name)
                        .Select(j => (StepDefinition)Step.SparkSubmit(j.Name, $"s3://acme-jobs/{j.Name}.py")).ToArray());
            }
            """, "\"Name\": \"a\""),
        EvaluationPattern.Of("LINQ GroupBy and ToDictionary", """
            public static partial class Defs
            {
                static readonly string[] Tables = { "sales.orders", "sales.refunds", "ops.tickets" };

                [EmrCluster] public static Cluster C
                {
                    get
                    {
                        var byDatabase = Tables.GroupBy(t => t.Split('.')[0]).ToDictionary(g => g.Key, g => g.Count());
                        var cluster = Cluster.Create("grouped").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge);
                        foreach (var pair in byDatabase.OrderBy(p => p.Key))
                        {
                            cluster = cluster.Tag($"tables-{pair.Key}", pair.Value.ToString());
                        }

                        return cluster;
                    }
                }
            }
            """, "\"Key\": \"tables-sales\""),
        EvaluationPattern.Of("LINQ Aggregate over a dictionary", """
            public static partial class Defs
            {
                static readonly Dictionary<string, string> Tags = new() { { "team", "bi" }, { "tier", "gold" } };

                [EmrCluster] public static Cluster C => Tags.Aggregate(
                    Cluster.Create("aggregated").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge),
                    (cluster, tag) => cluster.Tag(tag.Key, tag.Value));
            }
            """, "\"Value\": \"gold\""),
        EvaluationPattern.Of("LINQ Zip, Concat and Distinct", """
            public static partial class Defs
            {
                static readonly string[] Names = { "a", "b", "a" };
                static readonly int[] Sizes = { 1, 2, 3 };

                [EmrCluster] public static Cluster C => Cluster.Create(string.Join("+", Names.Distinct().Concat(new[] { "z" }))).Release(EmrRelease.Emr_7_2_0)
                    .Master(InstanceTypes.M5.XLarge).Core(InstanceTypes.R5.XLarge, Names.Zip(Sizes, (n, s) => n == "a" ? s : 0).Sum());
            }
            """, "\"Name\": \"a+b+z\""),
        EvaluationPattern.Of("LINQ Any, All, Count, First, Last, Single", """
            public static partial class Defs
            {
                static readonly int[] Counts = { 2, 4, 6, 9 };

                [EmrCluster] public static Cluster C => Cluster.Create(Counts.All(c => c > 0) && !Counts.Any(c => c > 10) ? "checked" : "wrong")
                    .Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Core(InstanceTypes.R5.XLarge, Counts.First() + Counts.Last() + Counts.Count(c => c % 2 == 0) + Counts.Single(c => c == 4) + Counts.FirstOrDefault(c => c > 100));
            }
            """, "\"InstanceCount\": 18"),
        EvaluationPattern.Of("LINQ Min, Max, Sum and SelectMany", """
            public sealed record Group(string Name, int[] Nodes);

            public static partial class Defs
            {
                static readonly Group[] Groups = { new("a", new[] { 1, 5 }), new("b", new[] { 3 }) };

                [EmrCluster] public static Cluster C => Cluster.Create($"g{Groups.SelectMany(g => g.Nodes).Max()}-{Groups.Min(g => g.Nodes.Length)}")
                    .Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge).Core(InstanceTypes.R5.XLarge, Groups.Sum(g => g.Nodes.Sum()));
            }
            """, "\"Name\": \"g5-1\""),
        EvaluationPattern.Of("List Add, AddRange and initializer", """
            public static partial class Defs
            {
                static List<StepDefinition> Steps()
                {
                    var steps = new List<StepDefinition> { Step.Hive("first", "s3://acme-jobs/first.q") };
                    steps.Add(Step.Hive("second", "s3://acme-jobs/second.q"));
                    steps.AddRange(new[] { Step.Hive("third", "s3://acme-jobs/third.q") });
                    return steps;
                }

                [EmrCluster] public static Cluster C => Cluster.Create("listed").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge).Steps(Steps().ToArray());
            }
            """, "\"Name\": \"third\""),
        EvaluationPattern.Of("HashSet to drop duplicates", """
            public static partial class Defs
            {
                [EmrCluster] public static Cluster C
                {
                    get
                    {
                        var applications = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Spark", "Hive" };
                        applications.Add("spark");
                        applications.Add("Livy");
                        return Cluster.Create("apps").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge).Applications(applications.ToArray());
                    }
                }
            }
            """, "\"Name\": \"Livy\""),
        EvaluationPattern.Of("immutable collections", """
            public static partial class Defs
            {
                static readonly ImmutableArray<string> Zones = ImmutableArray.Create("us-east-1a", "us-east-1b");
                static readonly ImmutableDictionary<string, int> Cores = ImmutableDictionary<string, int>.Empty.Add("prod", 8).Add("dev", 2);

                [EmrCluster] public static Cluster C => Cluster.Create("immutable").Release(EmrRelease.Emr_7_2_0)
                    .MasterFleet(f => f.OnDemandCapacity(1).InstanceType(InstanceTypes.M5.XLarge)).AvailabilityZones(Zones.ToArray())
                    .Tag("cores", Cores["prod"].ToString());
            }
            """, "\"us-east-1b\""),
        EvaluationPattern.Of("string methods", """
            public static partial class Defs
            {
                const string Raw = "  Sales.Orders_Daily  ";

                [EmrCluster] public static Cluster C => Cluster.Create(Raw.Trim().ToLowerInvariant().Replace('_', '-').Replace(".", "-"))
                    .Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Tag("parts", string.Join("|", Raw.Trim().Split('.', '_')))
                    .Tag("format", string.Format("{0}-{1:D3}", "run", 7))
                    .Tag("starts", Raw.TrimStart().StartsWith("Sales", StringComparison.Ordinal).ToString());
            }
            """, "\"Name\": \"sales-orders-daily\""),
        EvaluationPattern.Of("Math, parsing and invariant number formatting", """
            public static partial class Defs
            {
                const string Configured = "12";

                [EmrCluster] public static Cluster C => Cluster.Create("math").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Core(InstanceTypes.R5.XLarge, (int)Math.Ceiling(int.Parse(Configured) / 5.0))
                    .Tag("ratio", (2.5).ToString("F2"))
                    .Tag("max", Math.Max(3, Math.Abs(-7)).ToString())
                    .Tag("half", double.Parse("0.5").ToString());
            }
            """, "\"Value\": \"2.50\""),
        EvaluationPattern.Of("TimeSpan arithmetic", """
            public static partial class Defs
            {
                static readonly TimeSpan Shift = TimeSpan.FromHours(1) + TimeSpan.FromMinutes(30);

                [EmrCluster] public static Cluster C => Cluster.Create("idle").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .KeepAlive().AutoTerminateAfterIdle(Shift.Add(TimeSpan.FromMinutes(30)));
            }
            """, "\"IdleTimeout\": 7200"),
        EvaluationPattern.Of("Guid.Parse and Uri parts", """
            public static partial class Defs
            {
                static readonly Uri Logs = new("s3://acme-logs/emr/etl/");
                static readonly Guid Run = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff");

                [EmrCluster] public static Cluster C => Cluster.Create($"run-{Run.ToString().Substring(0, 8)}").Release(EmrRelease.Emr_7_2_0)
                    .Master(InstanceTypes.M5.XLarge).LogUri($"s3://{Logs.Host}{Logs.AbsolutePath}");
            }
            """, "\"LogUri\": \"s3://acme-logs/emr/etl/\""),
        EvaluationPattern.Of("enum members: ToString, HasFlag, GetValues", """
            [Flags] public enum Features { None = 0, Spark = 1, Hive = 2, Livy = 4 }

            public static partial class Defs
            {
                const Features Enabled = Features.Spark | Features.Livy;

                [EmrCluster] public static Cluster C => Cluster.Create(Enabled.ToString().Replace(", ", "-").ToLowerInvariant())
                    .Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Applications(Enum.GetValues<Features>().Where(f => f != Features.None && Enabled.HasFlag(f)).Select(f => f.ToString()).ToArray());
            }
            """, "\"Name\": \"spark-livy\""),
        EvaluationPattern.Of("relational, property, and/or and type patterns", """
            public sealed record Load(string Kind, int Gigabytes);

            public static partial class Defs
            {
                static string Instance(object load) => load switch
                {
                    Load { Kind: "stream" or "cdc", Gigabytes: < 100 } => InstanceTypes.M5.XLarge,
                    Load { Gigabytes: >= 100 and < 1000 } => InstanceTypes.R5.X2Large,
                    Load big when big.Gigabytes >= 1000 => InstanceTypes.R5.X4Large,
                    string name => name,
                    _ => InstanceTypes.M5.X2Large,
                };

                [EmrCluster] public static Cluster C => Cluster.Create("patterns").Release(EmrRelease.Emr_7_2_0)
                    .Master(Instance(new Load("cdc", 10))).Core(Instance(new Load("batch", 500)), 2).Task(Instance(new Load("batch", 5000)), 1);
            }
            """, "\"InstanceType\": \"r5.4xlarge\""),
        EvaluationPattern.Of("iterator with yield return", """
            public static partial class Defs
            {
                static IEnumerable<StepDefinition> Daily(params string[] tables)
                {
                    foreach (var table in tables)
                    {
                        if (table.Length == 0) yield break;
                        yield return Step.SparkSubmit($"daily-{table}", "s3://acme-jobs/daily.py").Args(table);
                    }
                }

                [EmrCluster] public static Cluster C => Cluster.Create("yielded").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Steps(Daily("orders", "items").ToArray());
            }
            """, "\"Name\": \"daily-items\""),
        EvaluationPattern.Of("method group passed to Select", """
            public static partial class Defs
            {
                static StepDefinition Export(string table) => Step.SparkSubmit($"export-{table}", "s3://acme-jobs/export.py");

                [EmrCluster] public static Cluster C => Cluster.Create("exports").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Steps(new[] { "a", "b" }.Select(Export).ToArray());
            }
            """, "\"Name\": \"export-b\""),
        EvaluationPattern.Of("helper calling helper", """
            public static class Conventions
            {
                public static Cluster Base(string name) => Cluster.Create(name).Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge);
                public static Cluster Batch(string name, int cores) => Base($"batch-{name}").Core(InstanceTypes.R5.XLarge, cores).TerminateAfterSteps();
            }

            public static partial class Defs
            {
                [EmrCluster] public static Cluster C => Conventions.Batch("ledger", 4);
            }
            """, "\"Name\": \"batch-ledger\""),
        EvaluationPattern.Of("per-environment settings records", """
            public sealed record EnvironmentSettings(string Name, string Subnet, int Cores)
            {
                public static readonly EnvironmentSettings Dev = new("dev", "subnet-0dev", 1);
                public static readonly EnvironmentSettings Prod = new("prod", "subnet-0prod", 8);
            }

            public static partial class Defs
            {
                static Cluster For(EnvironmentSettings env) => Cluster.Create($"etl-{env.Name}").Release(EmrRelease.Emr_7_2_0)
                    .Subnet(env.Subnet).Master(InstanceTypes.M5.XLarge).Core(InstanceTypes.R5.XLarge, env.Cores);

                [EmrCluster] public static Cluster C => For(EnvironmentSettings.Prod);
            }
            """, "\"Ec2SubnetId\": \"subnet-0prod\""),
        EvaluationPattern.Of("record formatted into a string", """
            public sealed record Owner(string Team, int Id);

            public static partial class Defs
            {
                [EmrCluster] public static Cluster C => Cluster.Create("owned").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Tag("owner", $"{new Owner("bi", 7)}");
            }
            """, "\"Value\": \"Owner { Team = bi, Id = 7 }\""),
        EvaluationPattern.Of("null-coalescing, ??= and null-conditional access", """
            public sealed record Overrides(string? LogUri, int? Cores);

            public static partial class Defs
            {
                static readonly Overrides? None = null;
                static readonly Overrides Some = new(null, 3);

                [EmrCluster] public static Cluster C
                {
                    get
                    {
                        string? log = None?.LogUri;
                        log ??= Some.LogUri ?? "s3://acme-logs/default/";
                        return Cluster.Create("nulls").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                            .LogUri(log).Core(InstanceTypes.R5.XLarge, Some.Cores ?? 1);
                    }
                }
            }
            """, "\"LogUri\": \"s3://acme-logs/default/\""),
        EvaluationPattern.Of("array elements and dictionary indexers written in a helper", """
            public static partial class Defs
            {
                static string[] Args()
                {
                    var args = new string[3];
                    for (var i = 0; i < args.Length; i++)
                    {
                        args[i] = $"--p{i}";
                    }

                    var overrides = new Dictionary<int, string>();
                    overrides[1] = "--override";
                    foreach (var pair in overrides)
                    {
                        args[pair.Key] = pair.Value;
                    }

                    return args;
                }

                [EmrCluster] public static Cluster C => Cluster.Create("indexed").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Step(Step.SparkSubmit("job", "s3://acme-jobs/job.py").Args(Args()));
            }
            """, "\"--override\""),
        EvaluationPattern.Of("StringBuilder and char arithmetic", """
            public static partial class Defs
            {
                static string Code(int n)
                {
                    var text = new System.Text.StringBuilder("c");
                    for (var i = 0; i < n; i++)
                    {
                        text.Append((char)('a' + i));
                    }

                    return text.ToString();
                }

                [EmrCluster] public static Cluster C => Cluster.Create(Code(4)).Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge);
            }
            """, "\"Name\": \"cabcd\""),
        EvaluationPattern.Of("static class of constants and a nested helper type", """
            public static class Platform
            {
                public const string Bucket = "acme-platform";
                public static class Roles
                {
                    public const string Service = "EMR_DefaultRole_V2";
                    public static string Profile(string team) => $"emr-{team}-profile";
                }
            }

            public static partial class Defs
            {
                [EmrCluster] public static Cluster C => Cluster.Create("platform").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Roles(service: Platform.Roles.Service, instanceProfile: Platform.Roles.Profile("bi")).LogUri($"s3://{Platform.Bucket}/logs/");
            }
            """, "\"JobFlowRole\": \"emr-bi-profile\""),
        EvaluationPattern.Of("user-defined operator and conversion", """
            public readonly record struct Nodes(int Count)
            {
                public static Nodes operator +(Nodes a, Nodes b) => new(a.Count + b.Count);
                public static implicit operator int(Nodes nodes) => nodes.Count;
            }

            public static partial class Defs
            {
                static readonly Nodes Baseline = new(2);

                [EmrCluster] public static Cluster C => Cluster.Create("operators").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Core(InstanceTypes.R5.XLarge, Baseline + new Nodes(3));
            }
            """, "\"InstanceCount\": 5"),
        EvaluationPattern.Of("LINQ query syntax", """
            public static partial class Defs
            {
                static readonly string[] Tables = { "orders", "events", "users" };

                [EmrCluster] public static Cluster C => Cluster.Create("query").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Steps((from table in Tables
                            where table != "users"
                            orderby table
                            select (StepDefinition)Step.Hive($"refresh-{table}", $"s3://acme-jobs/{table}.q")).ToArray());
            }
            """, "\"Name\": \"refresh-orders\""),
        EvaluationPattern.Of("TryGetValue and TryParse out arguments", """
            public static partial class Defs
            {
                static readonly Dictionary<string, string> Overrides = new() { ["sessions"] = "7" };

                static int Cores(string pipeline) =>
                    Overrides.TryGetValue(pipeline, out var text) && int.TryParse(text, out var cores) ? cores : 2;

                [EmrCluster] public static Cluster C => Cluster.Create("overridden").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Core(InstanceTypes.R5.XLarge, Cores("sessions")).Task(InstanceTypes.R5.XLarge, Cores("other"));
            }
            """, "\"InstanceCount\": 7"),
        EvaluationPattern.Of("a backfill range of dates", """
            public static partial class Defs
            {
                static readonly DateTime Start = new(2026, 11, 29);

                [EmrCluster] public static Cluster C => Cluster.Create("backfill-range").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Steps(Enumerable.Range(0, 3).Select(d => Start.AddDays(d).ToString("yyyy-MM-dd"))
                        .Select(day => (StepDefinition)Step.SparkSubmit($"backfill-{day}", "s3://acme-jobs/backfill.py").Args("--day", day)).ToArray());
            }
            """, "\"Name\": \"backfill-2026-12-01\""),
        EvaluationPattern.Of("anonymous objects in LINQ", """
            public static partial class Defs
            {
                static readonly string[] Tables = { "orders", "events" };

                [EmrCluster] public static Cluster C => Cluster.Create("anonymous").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Steps(Tables.Select((t, i) => new { Table = t, Priority = i + 1 })
                        .Where(x => x.Priority > 0 && x.Equals(new { Table = x.Table, Priority = x.Priority }))
                        .Select(x => (StepDefinition)Step.Hive($"load-{x.Table}-{x.Priority}", $"s3://acme-jobs/{x.Table}.q").Variable("ROW", $"{x}")).ToArray());
            }
            """, "ROW={ Table = events, Priority = 2 }"),
        EvaluationPattern.Of("a record with its own ToString, and a class indexer", """
            public sealed record Bucket(string Name)
            {
                public override string ToString() => $"s3://{Name}/";
            }

            public sealed class Zones
            {
                private readonly string[] _zones = { "eu-west-1a", "eu-west-1b" };
                public string this[int index] => _zones[index % _zones.Length];
            }

            public static partial class Defs
            {
                static readonly Bucket Logs = new("acme-logs");

                [EmrCluster] public static Cluster C => Cluster.Create("formatted").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .LogUri($"{Logs}emr/").Tag("zone", new Zones()[3]).Tag("bucket", "at " + Logs);
            }
            """, "\"LogUri\": \"s3://acme-logs/emr/\""),
        EvaluationPattern.Of("culture-safe formatting: FormattableString.Invariant and string.Create", """
            public static partial class Defs
            {
                const double Ratio = 0.75;

                [EmrCluster] public static Cluster C => Cluster.Create(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ratio-{Ratio * 100:0}"))
                    .Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Tag("ratio", FormattableString.Invariant($"{Ratio:0.00}"));
            }
            """, "\"Value\": \"0.75\""),
        EvaluationPattern.Of("static constructor filling static fields", """
            public static partial class Defs
            {
                static readonly Dictionary<string, int> CoresByTeam;
                static readonly string Owner = "platform";
                static string Region { get; }

                static Defs()
                {
                    CoresByTeam = new Dictionary<string, int>();
                    foreach (var (team, cores) in new[] { ("bi", 3), ("ml", 6) })
                    {
                        CoresByTeam[team] = cores;
                    }

                    Region = Owner == "platform" ? "eu-west-1" : "us-east-1";
                }

                [EmrCluster] public static Cluster C => Cluster.Create($"ml-{Region}").Release(EmrRelease.Emr_7_2_0).Master(InstanceTypes.M5.XLarge)
                    .Core(InstanceTypes.R5.XLarge, CoresByTeam["ml"]).Tag("owner", Owner);
            }
            """, "\"Name\": \"ml-eu-west-1\""),
    };
}
