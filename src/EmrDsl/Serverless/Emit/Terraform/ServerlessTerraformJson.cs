using System;
using System.Linq;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Serverless.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Emit.Terraform;

/// <summary>
/// The application as a Terraform <c>aws_emrserverless_application</c> resource in JSON syntax (<c>.tf.json</c>).
/// Single nested blocks are written as objects, repeated ones (<c>initial_capacity</c>, <c>runtime_configuration</c>)
/// as arrays. Settings the provider has no argument for throw instead of being dropped.
/// </summary>
public static class ServerlessTerraformJson
{
    public const string ResourceType = "aws_emrserverless_application";

    public static JsonObject ToJson(ServerlessApplicationSpec spec, string? resourceName = null)
    {
        RequireExpressible(spec);
        if (resourceName is not null && resourceName != TerraformText.ResourceName(resourceName))
        {
            throw new ArgumentException(
                $"The resource name '{resourceName}' is not a Terraform identifier. Use letters, digits, '_' and '-', starting with a letter or '_', for example {TerraformText.ResourceName(resourceName)}.",
                nameof(resourceName));
        }

        var name = resourceName ?? TerraformText.ResourceName(spec.Name ?? throw new InvalidOperationException("The application has no name; Terraform requires one. Use ServerlessApplication.Create(name)."));
        var resource = new JsonObject()
            .Add("name", spec.Name is null ? null : TerraformText.Literal(spec.Name))
            .Add("release_label", spec.ReleaseLabel is null ? null : TerraformText.Literal(spec.ReleaseLabel))

            // The provider stores type lowercased (its StateFunc), so lowercase is the form that never shows a diff.
            .Add("type", spec.Type is null ? null : TerraformText.Literal(spec.Type.ToLowerInvariant()))
            .Add("architecture", spec.Architecture is { } a ? new JsonString(ApiEnum<ServerlessArchitecture>.ToApi(a)) : null)
            .Add("auto_start_configuration", spec.AutoStartConfiguration is { } start ? new JsonObject().Add("enabled", Bool(start.Enabled)) : null)
            .Add("auto_stop_configuration", spec.AutoStopConfiguration is { } stop
                ? new JsonObject().Add("enabled", Bool(stop.Enabled)).Add("idle_timeout_minutes", Number(stop.IdleTimeoutMinutes))
                : null)
            .Add("image_configuration", spec.ImageConfiguration is { } image ? new JsonObject().Add("image_uri", TerraformText.Literal(image.ImageUri!)) : null)
            .Add("initial_capacity", spec.InitialCapacity.IsEmpty ? null : new JsonArray(spec.InitialCapacity.Select(InitialCapacity)))
            .Add("interactive_configuration", spec.InteractiveConfiguration is { } i
                ? new JsonObject().Add("livy_endpoint_enabled", Bool(i.LivyEndpointEnabled)).Add("studio_enabled", Bool(i.StudioEnabled))
                : null)
            .Add("maximum_capacity", spec.MaximumCapacity is { } max
                ? new JsonObject().Add("cpu", Text(max.Cpu)).Add("disk", Text(max.Disk)).Add("memory", Text(max.Memory))
                : null)
            .Add("monitoring_configuration", spec.MonitoringConfiguration is { } m ? Monitoring(m) : null)
            .Add("network_configuration", spec.NetworkConfiguration is { } n
                ? new JsonObject().Add("security_group_ids", TerraformText.Strings(n.SecurityGroupIds)).Add("subnet_ids", TerraformText.Strings(n.SubnetIds))
                : null)
            .Add("runtime_configuration", spec.RuntimeConfiguration.IsEmpty ? null : new JsonArray(spec.RuntimeConfiguration.Select(RuntimeConfiguration)))
            .Add("scheduler_configuration", spec.SchedulerConfiguration is { } s
                ? new JsonObject().Add("max_concurrent_runs", Number(s.MaxConcurrentRuns)).Add("queue_timeout_minutes", Number(s.QueueTimeoutMinutes))
                : null)
            .Add("tags", spec.Tags.IsEmpty ? null : TerraformText.Map(spec.Tags));

        return new JsonObject().Add("resource", new JsonObject().Add(ResourceType, new JsonObject().Add(name, resource)));
    }

    public static string Write(ServerlessApplicationSpec spec, string? resourceName = null) => JsonText.Write(ToJson(spec, resourceName));

    private static JsonValue InitialCapacity(KeyedSpec<InitialCapacitySpec> entry)
    {
        var worker = entry.Value.WorkerConfiguration;
        var config = new JsonObject()
            .Add("worker_count", Number(entry.Value.WorkerCount))
            .Add("worker_configuration", worker is null
                ? null
                : new JsonObject().Add("cpu", Text(worker.Cpu)).Add("disk", Text(worker.Disk)).Add("memory", Text(worker.Memory)));
        return new JsonObject().Add("initial_capacity_config", config).Add("initial_capacity_type", TerraformText.Literal(entry.Key));
    }

    private static JsonValue RuntimeConfiguration(ServerlessConfigurationSpec configuration) => new JsonObject()
        .Add("classification", TerraformText.Literal(configuration.Classification!))
        .Add("properties", configuration.Properties.IsEmpty ? null : TerraformText.Map(configuration.Properties));

    private static JsonObject Monitoring(ServerlessMonitoringSpec m) => new JsonObject()
        .Add("cloudwatch_logging_configuration", m.CloudWatchLoggingConfiguration is { } cw
            ? new JsonObject()
                .Add("enabled", Bool(cw.Enabled))
                .Add("encryption_key_arn", Text(cw.EncryptionKeyArn))
                .Add("log_group_name", Text(cw.LogGroupName))
                .Add("log_stream_name_prefix", Text(cw.LogStreamNamePrefix))
                .Add("log_types", cw.LogTypes.IsEmpty
                    ? null
                    : new JsonArray(cw.LogTypes.Select(t => (JsonValue)new JsonObject().Add("name", TerraformText.Literal(t.Key)).Add("values", TerraformText.Strings(t.Values)))))
            : null)
        .Add("managed_persistence_monitoring_configuration", m.ManagedPersistenceMonitoringConfiguration is { } mp
            ? new JsonObject().Add("enabled", Bool(mp.Enabled)).Add("encryption_key_arn", Text(mp.EncryptionKeyArn))
            : null)
        .Add("prometheus_monitoring_configuration", m.PrometheusMonitoringConfiguration is { } p
            ? new JsonObject().Add("remote_write_url", Text(p.RemoteWriteUrl))
            : null)
        .Add("s3_monitoring_configuration", m.S3MonitoringConfiguration is { } s3
            ? new JsonObject().Add("encryption_key_arn", Text(s3.EncryptionKeyArn)).Add("log_uri", Text(s3.LogUri))
            : null);

    /// <summary>Settings of CreateApplication with no argument in the provider schema.</summary>
    private static void RequireExpressible(ServerlessApplicationSpec spec)
    {
        Refuse(spec.DiskEncryptionConfiguration is not null, "diskEncryptionConfiguration (.DiskEncryption)");
        Refuse(!spec.WorkerTypeSpecifications.IsEmpty, "workerTypeSpecifications");
        Refuse(spec.IdentityCenterConfiguration is not null, "identityCenterConfiguration");
        Refuse(spec.JobLevelCostAllocationConfiguration is not null, "jobLevelCostAllocationConfiguration");
        Refuse(spec.InteractiveConfiguration?.SessionEnabled is not null, "interactiveConfiguration.sessionEnabled");
        Refuse(spec.ImageConfiguration?.ApplicationLevelDigestResolution is not null, "imageConfiguration.applicationLevelDigestResolution");
        Refuse(spec.InitialCapacity.Any(c => c.Value.WorkerConfiguration?.DiskType is not null), "initialCapacity workerConfiguration.diskType");
        Refuse(spec.RuntimeConfiguration.Any(c => !c.Configurations.IsEmpty), "nested runtimeConfiguration configurations");
    }

    private static void Refuse(bool present, string setting)
    {
        if (present)
        {
            throw new InvalidOperationException(
                $"The {ResourceType} resource has no argument for {setting}, so this application cannot be written as Terraform without losing it. Remove the setting, or deploy with CreateApplication JSON.");
        }
    }

    private static JsonValue? Text(string? value) => value is null ? null : TerraformText.Literal(value);

    private static JsonValue? Bool(bool? value) => value is { } v ? JsonBool.From(v) : null;

    private static JsonValue? Number(long? value) => value is { } v ? JsonNumber.From(v) : null;
}
