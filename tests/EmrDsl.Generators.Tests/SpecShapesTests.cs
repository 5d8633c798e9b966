extern alias generator;

using ClusterSpec = generator::EmrDsl.Model.ClusterSpec;
using InstancesSpec = generator::EmrDsl.Model.InstancesSpec;
using SpecShapes = generator::EmrDsl.Generators.Evaluation.SpecShapes;

namespace EmrDsl.Generators.Tests;

/// <summary>The source map writes every intermediate spec of a chain; specs are immutable, so each is written once.</summary>
public sealed class SpecShapesTests
{
    [Fact]
    public void Specs_that_share_a_nested_spec_share_its_document()
    {
        var first = new ClusterSpec { Name = "a", Instances = new InstancesSpec { Ec2SubnetId = "subnet-1" } };
        var second = first with { Name = "b" };

        var firstJson = SpecShapes.TryWrite(first)!.Value.Json;
        var secondJson = SpecShapes.TryWrite(second)!.Value.Json;

        Assert.Same(firstJson, SpecShapes.TryWrite(first)!.Value.Json);
        Assert.Same(firstJson["Instances"], secondJson["Instances"]);
        Assert.Equal("b", Assert.IsType<generator::EmrDsl.Json.JsonString>(secondJson["Name"]).Value);
    }

    [Fact]
    public void A_spec_under_construction_is_written_afresh_each_time()
    {
        var building = new ClusterSpec { Name = "c" };

        var early = SpecShapes.TryWrite(building, underConstruction: true)!.Value.Json;

        Assert.NotSame(early, SpecShapes.TryWrite(building, underConstruction: true)!.Value.Json);
        Assert.NotSame(early, SpecShapes.TryWrite(building)!.Value.Json);
    }

    [Fact]
    public void Without_the_source_map_every_write_is_a_new_document()
    {
        var spec = new ClusterSpec { Name = "d", Instances = new InstancesSpec { Ec2SubnetId = "subnet-2" } };

        Assert.NotSame(ClusterSpec.Shape.Write(spec)["Instances"], ClusterSpec.Shape.Write(spec)["Instances"]);
    }
}
