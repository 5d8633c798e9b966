using System.Collections.Generic;
using System.Globalization;
using EmrDsl.Json;
using EmrDsl.Wire;

namespace EmrDsl.Emit.CloudFormation;

/// <summary>
/// <c>Instances</c>: the master and core groups (or fleets) go to <c>MasterInstanceGroup</c>/<c>CoreInstanceGroup</c>
/// (<c>MasterInstanceFleet</c>/<c>CoreInstanceFleet</c>); task capacity becomes resources of its own that refer to the
/// cluster, or <c>TaskInstanceGroups</c>/<c>TaskInstanceFleets</c> when chosen. The MasterInstanceType form becomes a
/// master group and, for more than one instance, a core group.
/// </summary>
internal static class ClusterCapacity
{
    private const string Groups = "Instances.InstanceGroups";
    private const string Fleets = "Instances.InstanceFleets";

    public static JsonObject Instances(JsonObject instances, bool taskCapacityInCluster, string clusterId, string stem, List<(string LogicalId, string Type, JsonObject Properties)> taskResources, CloudFormationSecrets secrets)
    {
        var written = ClusterShapes.Instances().Translate(instances, "Instances", secrets);
        var groups = instances["InstanceGroups"] as JsonArray;
        var fleets = instances["InstanceFleets"] as JsonArray;
        var legacy = instances["MasterInstanceType"] is not null;
        CloudFormationRefusal.Reject(groups is not null && fleets is not null, Fleets, "both InstanceGroups and InstanceFleets are set; a cluster uses one or the other.");
        CloudFormationRefusal.Reject(legacy && (groups is not null || fleets is not null), "Instances.MasterInstanceType", "MasterInstanceType is set together with InstanceGroups or InstanceFleets; use one form.");
        if (fleets is not null)
        {
            return AddFleets(written, fleets, taskCapacityInCluster, clusterId, stem, taskResources, secrets);
        }

        return AddGroups(written, groups ?? LegacyGroups(instances), legacy ? LegacyPath : i => WirePath.Index(Groups, i), taskCapacityInCluster, clusterId, stem, taskResources, secrets);
    }

    private static JsonObject AddGroups(JsonObject written, JsonArray groups, System.Func<int, string> pathOf, bool taskCapacityInCluster, string clusterId, string stem, List<(string, string, JsonObject)> taskResources, CloudFormationSecrets secrets)
    {
        var tasks = new List<JsonValue>();
        string? master = null;
        string? core = null;
        for (var i = 0; i < groups.Items.Count; i++)
        {
            var groupPath = pathOf(i);
            var owner = Role(groups.Items[i], "InstanceRole") == "TASK" && !taskCapacityInCluster ? ClusterShapes.InstanceGroupConfig : ClusterShapes.Cluster;
            var group = ClusterShapes.InstanceGroup(owner).Translate((JsonObject)groups.Items[i], groupPath, secrets);
            switch (Role(group, "InstanceRole"))
            {
                case "MASTER":
                    CloudFormationRefusal.Reject(master is not null, groupPath, $"a second MASTER group (the first is {master}); a cluster has one master group.");
                    master = groupPath;
                    written.Add("MasterInstanceGroup", Without(group, "InstanceRole"));
                    break;
                case "CORE":
                    CloudFormationRefusal.Reject(core is not null, groupPath, $"a second CORE group (the first is {core}); a cluster has one core group.");
                    core = groupPath;
                    written.Add("CoreInstanceGroup", Without(group, "InstanceRole"));
                    break;
                case "TASK" when taskCapacityInCluster:
                    tasks.Add(Without(group, "InstanceRole"));
                    break;
                case "TASK":
                    taskResources.Add((stem + "TaskGroup" + (taskResources.Count + 1).ToString(CultureInfo.InvariantCulture), ClusterShapes.InstanceGroupConfig, group.Add("JobFlowId", CloudFormationTemplate.Ref(clusterId))));
                    break;
                default:
                    throw CloudFormationRefusal.Create(groupPath + ".InstanceRole", "set InstanceRole to MASTER, CORE or TASK.");
            }
        }

        CloudFormationRefusal.Reject(master is null, Groups, "there is no MASTER group; AWS::EMR::Cluster needs a MasterInstanceGroup (or instance fleets).");
        return tasks.Count > 0 ? written.Add("TaskInstanceGroups", new JsonArray(tasks)) : written;
    }

    private static JsonObject AddFleets(JsonObject written, JsonArray fleets, bool taskCapacityInCluster, string clusterId, string stem, List<(string, string, JsonObject)> taskResources, CloudFormationSecrets secrets)
    {
        var seen = new Dictionary<string, string>();
        for (var i = 0; i < fleets.Items.Count; i++)
        {
            var fleetPath = WirePath.Index(Fleets, i);
            var type = Role(fleets.Items[i], "InstanceFleetType");
            var owner = type == "TASK" && !taskCapacityInCluster ? ClusterShapes.InstanceFleetConfig : ClusterShapes.Cluster;
            var fleet = ClusterShapes.InstanceFleet(owner).Translate((JsonObject)fleets.Items[i], fleetPath, secrets);
            CloudFormationRefusal.Reject(type is null, fleetPath + ".InstanceFleetType", "set InstanceFleetType to MASTER, CORE or TASK.");
            CloudFormationRefusal.Reject(seen.TryGetValue(type!, out var first), fleetPath, $"a second {type} fleet (the first is {first}); a cluster has one fleet of each type.");
            seen.Add(type!, fleetPath);
            switch (type)
            {
                case "MASTER":
                    written.Add("MasterInstanceFleet", Without(fleet, "InstanceFleetType"));
                    break;
                case "CORE":
                    written.Add("CoreInstanceFleet", Without(fleet, "InstanceFleetType"));
                    break;
                case "TASK" when taskCapacityInCluster:
                    written.Add("TaskInstanceFleets", new JsonArray(new JsonValue[] { Without(fleet, "InstanceFleetType") }));
                    break;
                default:
                    taskResources.Add((stem + "TaskFleet", ClusterShapes.InstanceFleetConfig, fleet.Add("ClusterId", CloudFormationTemplate.Ref(clusterId))));
                    break;
            }
        }

        CloudFormationRefusal.Reject(!seen.ContainsKey("MASTER"), Fleets, "there is no MASTER fleet; AWS::EMR::Cluster needs a MasterInstanceFleet (or instance groups).");
        return written;
    }

    /// <summary>
    /// The MasterInstanceType form as groups: one master, and <c>InstanceCount - 1</c> core instances of SlaveInstanceType.
    /// Paths name the members the groups are built from, so a refusal points at what the definition wrote.
    /// </summary>
    private static JsonArray LegacyGroups(JsonObject instances)
    {
        var masterType = (JsonString?)instances["MasterInstanceType"]
            ?? throw CloudFormationRefusal.Create("Instances.InstanceGroups", "there is no capacity: add instance groups (a MASTER group at least) or instance fleets.");
        var count = instances["InstanceCount"] is JsonNumber number ? int.Parse(number.Text, CultureInfo.InvariantCulture)
            : throw CloudFormationRefusal.Create("Instances.InstanceCount", "the MasterInstanceType form needs InstanceCount (the total number of instances, master included).");
        CloudFormationRefusal.Reject(count < 1, "Instances.InstanceCount", $"InstanceCount is {count}; it counts the master too, so it must be at least 1.");
        var groups = new List<JsonValue> { Group("MASTER", masterType, 1) };
        if (count > 1)
        {
            var slaveType = (JsonString?)instances["SlaveInstanceType"]
                ?? throw CloudFormationRefusal.Create("Instances.SlaveInstanceType", $"InstanceCount is {count}, so the {count - 1} core instances need SlaveInstanceType.");
            groups.Add(Group("CORE", slaveType, count - 1));
        }
        else
        {
            CloudFormationRefusal.Reject(instances["SlaveInstanceType"] is not null, "Instances.SlaveInstanceType", "InstanceCount is 1 (the master alone), so SlaveInstanceType would be unused; remove it or raise InstanceCount.");
        }

        return new JsonArray(groups);
    }

    /// <summary>Where the MasterInstanceType form's master (0) and core (1) group come from.</summary>
    private static string LegacyPath(int index) => index == 0 ? "Instances.MasterInstanceType" : "Instances.SlaveInstanceType";

    private static JsonObject Group(string role, JsonString type, int count) =>
        new JsonObject().Add("InstanceRole", new JsonString(role)).Add("InstanceType", type).Add("InstanceCount", JsonNumber.From(count));

    private static string? Role(JsonValue item, string member) => (item as JsonObject)?[member] is JsonString role ? role.Value : null;

    private static JsonObject Without(JsonObject properties, string name)
    {
        var copy = new JsonObject();
        foreach (var member in properties.Members)
        {
            if (member.Key != name)
            {
                copy.Add(member.Key, member.Value);
            }
        }

        return copy;
    }
}
