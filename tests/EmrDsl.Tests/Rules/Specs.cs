using System.Linq;
using EmrDsl.Model;
using EmrDsl.Rules;
using Xunit;

namespace EmrDsl.Tests.Rules;

/// <summary>A clean baseline cluster each test changes in one place, and assertions over findings.</summary>
internal static class Specs
{
    public static InstanceGroupSpec Group(InstanceRole role, string type = "m5.xlarge", int count = 1, Market market = Market.OnDemand) =>
        new() { Name = role.ToString(), InstanceRole = role, InstanceType = type, InstanceCount = count, Market = market };

    public static InstanceFleetSpec Fleet(InstanceFleetType type, int? onDemand = null, int? spot = null, string instanceType = "m5.xlarge") => new()
    {
        Name = type.ToString(),
        InstanceFleetType = type,
        TargetOnDemandCapacity = onDemand,
        TargetSpotCapacity = spot,
        InstanceTypeConfigs = new[] { new InstanceTypeSpec { InstanceType = instanceType } }.ToEquatableArray(),
    };

    /// <summary>A transient cluster that no rule reports on (Kerberos aside, which needs a security configuration).</summary>
    public static ClusterSpec Clean() => new()
    {
        Name = "nightly-etl",
        ReleaseLabel = "emr-7.12.0",
        LogUri = "s3://logs/emr/",
        SecurityConfiguration = "encrypted",
        KerberosAttributes = new KerberosSpec { Realm = "EC2.INTERNAL", KdcAdminPassword = "{{resolve:secretsmanager:emr/kdc:SecretString:password}}" },
        Instances = new InstancesSpec
        {
            Ec2SubnetId = "subnet-0123",
            InstanceGroups = new[] { Group(InstanceRole.Master), Group(InstanceRole.Core, count: 2) }.ToEquatableArray(),
        },
        Steps = new[] { Step("load", ActionOnFailure.TerminateCluster) }.ToEquatableArray(),
    };

    public static StepSpec Step(string name, ActionOnFailure? action = null, params string[] args) => new()
    {
        Name = name,
        ActionOnFailure = action,
        HadoopJarStep = new HadoopJarStepSpec { Jar = "command-runner.jar", Args = args.ToEquatableArray() },
    };

    public static ClusterSpec WithGroups(this ClusterSpec spec, params InstanceGroupSpec[] groups) =>
        spec with { Instances = spec.Instances! with { InstanceGroups = groups.ToEquatableArray() } };

    public static ClusterSpec WithFleets(this ClusterSpec spec, params InstanceFleetSpec[] fleets) =>
        spec with { Instances = spec.Instances! with { InstanceGroups = default, InstanceFleets = fleets.ToEquatableArray(), Ec2SubnetId = null, Ec2SubnetIds = new[] { "subnet-0123" }.ToEquatableArray() } };

    public static ClusterSpec KeptAlive(this ClusterSpec spec) =>
        spec with { Instances = spec.Instances! with { KeepJobFlowAliveWhenNoSteps = true } };

    public static ClusterSpec WithSparkDefaults(this ClusterSpec spec, params (string Key, string Value)[] properties) => spec with
    {
        Configurations = new[]
        {
            new ConfigurationSpec { Classification = "spark-defaults", Properties = properties.Select(p => new MapEntry(p.Key, p.Value)).ToEquatableArray() },
        }.ToEquatableArray(),
    };

    public static Finding[] Findings(ClusterRule rule, ClusterSpec spec, RuleContext? context = null) =>
        rule.Check(spec, context ?? RuleContext.Default).ToArray();

    public static Finding Single(ClusterRule rule, ClusterSpec spec, string path, RuleContext? context = null)
    {
        var finding = Assert.Single(Findings(rule, spec, context));
        Assert.Equal(rule.Id, finding.Id);
        Assert.Equal(rule.DefaultSeverity, finding.Severity);
        Assert.Equal(path, finding.Path);
        return finding;
    }
}
