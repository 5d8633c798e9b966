extern alias generator;

using System.Collections.Generic;
using System.Linq;

using ClusterSpec = generator::EmrDsl.Model.ClusterSpec;
using InstanceGroupSpec = generator::EmrDsl.Model.InstanceGroupSpec;
using InstancesSpec = generator::EmrDsl.Model.InstancesSpec;
using JsonArray = generator::EmrDsl.Json.JsonArray;
using JsonObject = generator::EmrDsl.Json.JsonObject;
using JsonValue = generator::EmrDsl.Json.JsonValue;
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

    [Fact]
    public void A_chain_of_specs_sharing_nested_ones_writes_each_nested_spec_once()
    {
        var groups = Enumerable.Range(0, 3).Select(i => new InstanceGroupSpec { Name = "group" + i, InstanceType = "m5.xlarge", InstanceCount = 2 });
        var instances = new InstancesSpec { Ec2SubnetId = "subnet-3", InstanceGroups = generator::EmrDsl.Model.EquatableArray.ToEquatableArray(groups) };
        var chain = Enumerable.Range(0, 20).Select(i => new ClusterSpec { Name = "chain" + i, Instances = instances }).ToList();

        var remembered = chain.Select(spec => (JsonValue)SpecShapes.TryWrite(spec)!.Value.Json).ToList();
        var fresh = chain.Select(spec => (JsonValue)ClusterSpec.Shape.Write(spec)).ToList();

        // Each cluster document is its own; the instances document and its three groups are written once for all 20.
        Assert.Equal(20 + 1 + 3, DistinctObjects(remembered));
        Assert.Equal(20 * (1 + 1 + 3), DistinctObjects(fresh));
        Assert.Equal(fresh.Select(json => json.ToString()), remembered.Select(json => json.ToString()));
    }

    private static int DistinctObjects(IEnumerable<JsonValue> documents)
    {
        var seen = new HashSet<JsonObject>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<JsonValue>(documents);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject obj when seen.Add(obj):
                    obj.Members.ToList().ForEach(member => pending.Push(member.Value));
                    break;
                case JsonArray array:
                    array.Items.ToList().ForEach(pending.Push);
                    break;
            }
        }

        return seen.Count;
    }
}
