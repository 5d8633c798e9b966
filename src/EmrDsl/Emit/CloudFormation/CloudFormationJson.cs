using System;
using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Emit.CloudFormation;

/// <summary>
/// The cluster as a CloudFormation template (a <c>.cfn.json</c> file): an <c>AWS::EMR::Cluster</c>, plus an
/// <c>AWS::EMR::InstanceGroupConfig</c> per task group or an <c>AWS::EMR::InstanceFleetConfig</c> for the task fleet, an
/// <c>AWS::EMR::Step</c> per step when <see cref="CloudFormationOptions.StepResources"/> is chosen, and an
/// <c>AWS::EMR::SecurityConfiguration</c> when the cluster authors one. Secrets are <c>NoEcho</c> parameters
/// (<see cref="CloudFormationSecrets"/>). A request member CloudFormation cannot express throws
/// <see cref="UnrepresentableException"/> with its path; a literal secret throws <see cref="LiteralSecretException"/>.
/// </summary>
public static class CloudFormationJson
{
    public static string Write(ClusterSpec spec, CloudFormationOptions? options = null) => JsonText.Write(ToJson(spec, options));

    internal static JsonObject ToJson(ClusterSpec spec, CloudFormationOptions? options = null)
    {
        if (spec is null)
        {
            throw new ArgumentNullException(nameof(spec));
        }

        SecretValue.RequireNoLiterals(spec, "CloudFormation template");
        options ??= CloudFormationOptions.Default;
        var name = spec.Name ?? throw CloudFormationRefusal.Create("Name", "AWS::EMR::Cluster requires Name; set the cluster Name.");
        var stem = options.Stem(name, "Cluster", name);
        var clusterId = stem + "Cluster";
        var template = new CloudFormationTemplate { Description = options.Description };
        var secrets = CloudFormationSecrets.Of(spec, clusterId, template);
        var request = RunJobFlowJson.ToJson(spec);

        var properties = ClusterShapes.ClusterProperties().Translate(request, string.Empty, secrets);
        var instances = (JsonObject?)request["Instances"] ?? throw CloudFormationRefusal.Create("Instances", "AWS::EMR::Cluster requires Instances; set the master and core capacity.");
        var taskCapacity = new List<(string LogicalId, string Type, JsonObject Properties)>();
        properties.Add("Instances", ClusterCapacity.Instances(instances, options.TaskCapacityInCluster, clusterId, stem, taskCapacity, secrets));

        if (options.SecurityConfigurationJson is { } securityConfiguration)
        {
            var securityConfigurationId = stem + "SecurityConfiguration";
            template.AddResource(securityConfigurationId, ClusterShapes.SecurityConfiguration, SecurityConfigurationProperties(spec, securityConfiguration));
            properties = With(properties, "SecurityConfiguration", CloudFormationTemplate.Ref(securityConfigurationId));
        }

        var steps = request["Steps"] as JsonArray;
        if (steps is not null && !options.StepResources)
        {
            properties.Add("Steps", ClusterSteps(steps, secrets));
        }

        template.AddResource(clusterId, ClusterShapes.Cluster, properties);
        foreach (var (logicalId, type, resource) in taskCapacity)
        {
            template.AddResource(logicalId, type, resource);
        }

        if (steps is not null && options.StepResources)
        {
            StepResources(spec, steps, stem, clusterId, template, secrets);
        }

        if (options.Outputs)
        {
            template.AddOutput(clusterId + "Id", $"The id of the EMR cluster '{name}' (the JobFlowId steps are added to).", CloudFormationTemplate.Ref(clusterId));
            template.AddOutput(clusterId + "MasterPublicDNS", $"The public DNS name of the primary node of the EMR cluster '{name}'.", CloudFormationTemplate.GetAtt(clusterId, "MasterPublicDNS"));
        }

        return template.ToJson();
    }

    private static JsonArray ClusterSteps(JsonArray steps, CloudFormationSecrets secrets)
    {
        var written = new List<JsonValue>();
        for (var i = 0; i < steps.Items.Count; i++)
        {
            var path = WirePath.Index("Steps", i);
            var step = (JsonObject)steps.Items[i];
            CloudFormationRefusal.Reject(
                step["StepMonitoringConfiguration"] is not null,
                path + ".StepMonitoringConfiguration",
                "the AWS::EMR::Cluster Steps property has no monitoring configuration; write the steps as AWS::EMR::Step resources (CloudFormationOptions.StepResources, for a kept-alive cluster), or remove it.");
            written.Add(ClusterShapes.StepConfig(ClusterShapes.Cluster).Translate(step, path, secrets));
        }

        return new JsonArray(written);
    }

    /// <summary>One <c>AWS::EMR::Step</c> per step, each depending on the one before so EMR queues them in request order.</summary>
    private static void StepResources(ClusterSpec spec, JsonArray steps, string stem, string clusterId, CloudFormationTemplate template, CloudFormationSecrets secrets)
    {
        CloudFormationRefusal.Reject(
            spec.Instances?.KeepJobFlowAliveWhenNoSteps != true,
            "Instances.KeepJobFlowAliveWhenNoSteps",
            "AWS::EMR::Step resources are added to a running cluster, and a cluster that is not kept alive ends before they are. Keep the cluster alive (KeepAlive()), or leave CloudFormationOptions.StepResources off to write the steps into the cluster.");
        string? previous = null;
        for (var i = 0; i < steps.Items.Count; i++)
        {
            var path = WirePath.Index("Steps", i);
            var step = (JsonObject)steps.Items[i];
            var properties = ClusterShapes.StepConfig(ClusterShapes.Step)
                .Requires("ActionOnFailure", "set the step's ActionOnFailure (CONTINUE, CANCEL_AND_WAIT or TERMINATE_CLUSTER).")
                .Translate(step, path, secrets)
                .Add("JobFlowId", CloudFormationTemplate.Ref(clusterId));
            if (step["StepMonitoringConfiguration"] is JsonObject monitoring)
            {
                var s3 = ((JsonObject?)monitoring["S3MonitoringConfiguration"]) ?? new JsonObject();
                properties.Add("LogUri", s3["LogUri"]).Add("EncryptionKeyArn", s3["EncryptionKeyArn"]);
            }

            var logicalId = stem + "Step" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            template.AddResource(logicalId, ClusterShapes.Step, properties, previous);
            previous = logicalId;
        }
    }

    private static JsonObject SecurityConfigurationProperties(ClusterSpec spec, string json)
    {
        const string path = "CloudFormationOptions.SecurityConfigurationJson";
        var name = spec.SecurityConfiguration ?? throw CloudFormationRefusal.Create("SecurityConfiguration", "an authored security configuration is given but the cluster names none; attach it with .SecurityConfiguration(document).");
        JsonValue document;
        try
        {
            document = JsonParser.Parse(json);
        }
        catch (JsonParseException e)
        {
            throw CloudFormationRefusal.Create(path, "the security configuration document is not valid JSON: " + e.Message);
        }

        return new JsonObject().Add("Name", new JsonString(name)).Add("SecurityConfiguration", document);
    }

    private static JsonObject With(JsonObject properties, string name, JsonValue value)
    {
        var copy = new JsonObject();
        foreach (var member in properties.Members)
        {
            copy.Add(member.Key, member.Key == name ? value : member.Value);
        }

        return copy;
    }
}
