using System.Linq;
using EmrDsl.Model;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules;

public sealed class RejectedByApiRuleTests
{
    private readonly RejectedByApiRule _rule = new();

    [Fact]
    public void Clean_spec_passes()
    {
        Assert.Empty(Findings(_rule, Clean()));
    }

    [Fact]
    public void Missing_required_members_are_found_by_walking_the_shapes()
    {
        var spec = Clean() with { Name = null, Steps = new[] { new StepSpec { Name = "no-jar", HadoopJarStep = new HadoopJarStepSpec() } }.ToEquatableArray() };
        var findings = Findings(_rule, spec);
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.Equal(new[] { "Name", "Steps[0].HadoopJarStep.Jar" }, findings.Select(f => f.Path));
        Assert.Contains("RunJobFlowInput.Name is required", findings[0].Message);
    }

    [Fact]
    public void Missing_instances_is_reported()
    {
        Single(_rule, Clean() with { Instances = null }, "Instances");
    }

    [Fact]
    public void Lengths_and_ranges_are_checked()
    {
        var longName = Clean() with { Name = new string('x', 257) };
        Assert.Contains("at most 256 characters", Single(_rule, longName, "Name").Message);
        var badIndex = Clean() with { ManagedScalingPolicy = new ManagedScalingSpec { UtilizationPerformanceIndex = 0 } };
        Assert.Contains("at least 1", Single(_rule, badIndex, "ManagedScalingPolicy.UtilizationPerformanceIndex").Message);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public void Master_group_count_must_be_1_or_3(int count)
    {
        Single(_rule, Clean().WithGroups(Group(InstanceRole.Master, count: count), Group(InstanceRole.Core)), "Instances.InstanceGroups[0].InstanceCount");
        Assert.Empty(Findings(_rule, Clean().WithGroups(Group(InstanceRole.Master, count: 3), Group(InstanceRole.Core))));
    }

    [Fact]
    public void Upload_only_to_your_bucket_needs_a_LogUri_and_is_not_for_persistent_UI_logs()
    {
        static ClusterSpec Uploading(string logUri, params (string Type, string Policy)[] policies) => Clean() with
        {
            LogUri = logUri,
            MonitoringConfiguration = new MonitoringSpec
            {
                S3LoggingConfiguration = new S3LoggingSpec { LogTypeUploadPolicy = policies.Select(p => new MapEntry(p.Type, p.Policy)).ToEquatableArray() },
            },
        };

        var withoutLogUri = Single(_rule, Uploading(null!, ("application-logs", "on-customer-s3only")), "MonitoringConfiguration.S3LoggingConfiguration.LogTypeUploadPolicy.application-logs");
        Assert.Contains("sets no LogUri", withoutLogUri.Message);
        var persistentUi = Single(_rule, Uploading("s3://logs/", ("persistent-ui-logs", "on-customer-s3only")), "MonitoringConfiguration.S3LoggingConfiguration.LogTypeUploadPolicy.persistent-ui-logs");
        Assert.Contains("emr-managed or disabled", persistentUi.Message);
        Assert.Empty(Findings(_rule, Uploading("s3://logs/", ("application-logs", "on-customer-s3only"), ("persistent-ui-logs", "disabled"))));
        Assert.Empty(Findings(_rule, Uploading(null!, ("system-logs", "emr-managed"))));
    }

    [Fact]
    public void Groups_need_one_master_and_at_most_one_core()
    {
        Single(_rule, Clean().WithGroups(Group(InstanceRole.Core)), "Instances.InstanceGroups");
        Single(_rule, Clean().WithGroups(Group(InstanceRole.Master), Group(InstanceRole.Core), Group(InstanceRole.Core)), "Instances.InstanceGroups[2]");
    }

    [Fact]
    public void Groups_and_fleets_together_are_rejected()
    {
        var spec = Clean() with { Instances = Clean().Instances! with { InstanceFleets = new[] { Fleet(InstanceFleetType.Master, onDemand: 1) }.ToEquatableArray() } };
        Assert.Contains("one or the other", Single(_rule, spec, "Instances.InstanceFleets").Message);
    }

    [Theory]
    [InlineData(2, null)]
    [InlineData(1, 1)]
    [InlineData(null, null)]
    public void Master_fleet_needs_exactly_one_target_of_1(int? onDemand, int? spot)
    {
        Single(_rule, Clean().WithFleets(Fleet(InstanceFleetType.Master, onDemand, spot)), "Instances.InstanceFleets[0]");
    }

    [Fact]
    public void Master_fleet_on_spot_alone_is_accepted()
    {
        Assert.Empty(Findings(_rule, Clean().WithFleets(Fleet(InstanceFleetType.Master, spot: 1))));
    }

    [Fact]
    public void More_than_256_steps_is_rejected_but_256_is_not()
    {
        var steps = Enumerable.Range(0, 257).Select(i => Step("s" + i)).ToArray();
        Single(_rule, Clean() with { Steps = steps.ToEquatableArray() }, "Steps");
        Assert.Empty(Findings(_rule, Clean() with { Steps = steps.Take(256).ToEquatableArray() }));
    }

    [Fact]
    public void Duplicate_step_names_are_accepted_by_the_api()
    {
        Assert.Empty(Findings(_rule, Clean() with { Steps = new[] { Step("same"), Step("same") }.ToEquatableArray() }));
    }

    [Fact]
    public void Oversized_hadoop_jar_step_is_rejected()
    {
        var spec = Clean() with { Steps = new[] { Step("big", null, new string('a', 10300)) }.ToEquatableArray() };
        Assert.Contains("10240", Single(_rule, spec, "Steps[0].HadoopJarStep").Message);
    }
}
