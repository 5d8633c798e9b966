using System;
using System.Collections.Generic;
using EmrDsl.Emit.Terraform;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Serverless.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless.Emit.Terraform;

/// <summary>
/// The application as a Terraform <c>aws_emrserverless_application</c> resource in JSON syntax (<c>.tf.json</c>),
/// built with the same blocks as the cluster emitter: ordinal member order, every user string escaped, single
/// nested blocks as objects and repeated ones (<c>initial_capacity</c>, <c>runtime_configuration</c>) as arrays.
/// Settings the provider has no argument for throw <see cref="TerraformConversionException"/> instead of being dropped.
/// </summary>
public static class ServerlessTerraformJson
{
    public const string ResourceType = "aws_emrserverless_application";

    internal static JsonObject ToJson(ServerlessApplicationSpec spec, string? resourceName = null)
    {
        RequireExpressible(spec);
        var name = TerraformName.Choose(
            resourceName,
            Unrepresentable.Require(spec.Name, "name", "set the application name with ServerlessApplication.Create(name)."),
            TerraformName.FromApplicationName);
        var resource = new TerraformBody()
            .String("name", spec.Name)
            .String("release_label", spec.ReleaseLabel)
            .String("type", spec.Type)
            .String("architecture", spec.Architecture is { } a ? ApiEnum<ServerlessArchitecture>.ToApi(a) : null)
            .Block("auto_start_configuration", spec.AutoStartConfiguration is { } start ? new TerraformBody().Bool("enabled", start.Enabled) : null)
            .Block("auto_stop_configuration", spec.AutoStopConfiguration is { } stop
                ? new TerraformBody().Bool("enabled", stop.Enabled).Number("idle_timeout_minutes", stop.IdleTimeoutMinutes)
                : null)
            .Block("image_configuration", spec.ImageConfiguration is { } image ? new TerraformBody().String("image_uri", image.ImageUri) : null)
            .Blocks("initial_capacity", Each(spec.InitialCapacity, InitialCapacity))
            .Block("interactive_configuration", spec.InteractiveConfiguration is { } i
                ? new TerraformBody().Bool("livy_endpoint_enabled", i.LivyEndpointEnabled).Bool("studio_enabled", i.StudioEnabled)
                : null)
            .Block("maximum_capacity", spec.MaximumCapacity is { } max ? Resources(max.Cpu, max.Memory, max.Disk) : null)
            .Block("monitoring_configuration", spec.MonitoringConfiguration is { } m ? Monitoring(m) : null)
            .Block("network_configuration", spec.NetworkConfiguration is { } n
                ? new TerraformBody().Strings("security_group_ids", n.SecurityGroupIds).Strings("subnet_ids", n.SubnetIds)
                : null)
            .Blocks("runtime_configuration", Each(spec.RuntimeConfiguration, RuntimeConfiguration))
            .Block("scheduler_configuration", spec.SchedulerConfiguration is { } s
                ? new TerraformBody().Number("max_concurrent_runs", s.MaxConcurrentRuns).Number("queue_timeout_minutes", s.QueueTimeoutMinutes)
                : null)
            .Map("tags", spec.Tags, "tags");

        var document = new TerraformDocument();
        document.Add(ResourceType, name, resource);
        return document.ToJson();
    }

    public static string Write(ServerlessApplicationSpec spec, string? resourceName = null) => JsonText.Write(ToJson(spec, resourceName));

    private static TerraformBody InitialCapacity(KeyedSpec<InitialCapacitySpec> entry)
    {
        var worker = entry.Value.WorkerConfiguration;
        var config = new TerraformBody()
            .Number("worker_count", entry.Value.WorkerCount)
            .Block("worker_configuration", worker is null ? null : Resources(worker.Cpu, worker.Memory, worker.Disk));
        return new TerraformBody().Block("initial_capacity_config", config).String("initial_capacity_type", entry.Key);
    }

    private static TerraformBody Resources(string? cpu, string? memory, string? disk) =>
        new TerraformBody().String("cpu", cpu).String("memory", memory).String("disk", disk);

    private static TerraformBody RuntimeConfiguration(ServerlessConfigurationSpec configuration) => new TerraformBody()
        .String("classification", configuration.Classification)
        .Map("properties", configuration.Properties, "runtimeConfiguration.properties");

    private static TerraformBody Monitoring(ServerlessMonitoringSpec m) => new TerraformBody()
        .Block("cloudwatch_logging_configuration", m.CloudWatchLoggingConfiguration is { } cw
            ? new TerraformBody()
                .Bool("enabled", cw.Enabled)
                .String("encryption_key_arn", cw.EncryptionKeyArn)
                .String("log_group_name", cw.LogGroupName)
                .String("log_stream_name_prefix", cw.LogStreamNamePrefix)
                .Blocks("log_types", Each(cw.LogTypes, t => new TerraformBody().String("name", t.Key).Strings("values", t.Values)))
            : null)
        .Block("managed_persistence_monitoring_configuration", m.ManagedPersistenceMonitoringConfiguration is { } mp
            ? new TerraformBody().Bool("enabled", mp.Enabled).String("encryption_key_arn", mp.EncryptionKeyArn)
            : null)
        .Block("prometheus_monitoring_configuration", m.PrometheusMonitoringConfiguration is { } p
            ? new TerraformBody().String("remote_write_url", p.RemoteWriteUrl)
            : null)
        .Block("s3_monitoring_configuration", m.S3MonitoringConfiguration is { } s3
            ? new TerraformBody().String("encryption_key_arn", s3.EncryptionKeyArn).String("log_uri", s3.LogUri)
            : null);

    private static IReadOnlyList<TerraformBody> Each<T>(EquatableArray<T> items, Func<T, TerraformBody> block)
    {
        var blocks = new List<TerraformBody>(items.Count);
        foreach (var item in items)
        {
            blocks.Add(block(item));
        }

        return blocks;
    }

    /// <summary>Settings of CreateApplication with no argument in the provider schema.</summary>
    private static void RequireExpressible(ServerlessApplicationSpec spec)
    {
        const string Reason = "the aws_emrserverless_application resource has no argument for it, so Terraform would create the application without it. Remove the setting, or deploy with the CreateApplication JSON.";
        Unrepresentable.Reject(spec.DiskEncryptionConfiguration is not null, "diskEncryptionConfiguration", Reason);
        Unrepresentable.Reject(!spec.WorkerTypeSpecifications.IsEmpty, "workerTypeSpecifications", Reason);
        Unrepresentable.Reject(spec.IdentityCenterConfiguration is not null, "identityCenterConfiguration", Reason);
        Unrepresentable.Reject(spec.JobLevelCostAllocationConfiguration is not null, "jobLevelCostAllocationConfiguration", Reason);
        Unrepresentable.Reject(spec.InteractiveConfiguration?.SessionEnabled is not null, "interactiveConfiguration.sessionEnabled", Reason);
        Unrepresentable.Reject(spec.ImageConfiguration?.ApplicationLevelDigestResolution is not null, "imageConfiguration.applicationLevelDigestResolution", Reason);
        for (var i = 0; i < spec.InitialCapacity.Count; i++)
        {
            Unrepresentable.Reject(
                spec.InitialCapacity[i].Value.WorkerConfiguration?.DiskType is not null,
                "initialCapacity." + spec.InitialCapacity[i].Key + ".workerConfiguration.diskType",
                Reason);
        }

        for (var i = 0; i < spec.RuntimeConfiguration.Count; i++)
        {
            Unrepresentable.Reject(!spec.RuntimeConfiguration[i].Configurations.IsEmpty, Unrepresentable.Index("runtimeConfiguration", i) + ".configurations", Reason);
        }
    }
}
