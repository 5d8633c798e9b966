using System;
using EmrDsl.Emit;
using EmrDsl.Emit.CloudFormation;
using EmrDsl.Json;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Serverless.Emit.CloudFormation;

/// <summary>
/// The application as a CloudFormation template (<c>.cfn.json</c>) with one <c>AWS::EMRServerless::Application</c>: the
/// CreateApplication request's members in PascalCase, <c>initialCapacity</c> and <c>tags</c> as key/value lists,
/// configuration <c>properties</c> as <c>Properties</c>. Members the resource type has no property for throw
/// <see cref="UnrepresentableException"/> with their path.
/// </summary>
public static class ServerlessCloudFormationJson
{
    public const string ResourceType = "AWS::EMRServerless::Application";

    public static string Write(ServerlessApplicationSpec spec, CloudFormationOptions? options = null) => JsonText.Write(ToJson(spec, options));

    internal static JsonObject ToJson(ServerlessApplicationSpec spec, CloudFormationOptions? options = null)
    {
        if (spec is null)
        {
            throw new ArgumentNullException(nameof(spec));
        }

        options ??= CloudFormationOptions.Default;
        var name = spec.Name ?? throw new UnrepresentableException(CloudFormationRefusal.Format, "name", "set the application name with ServerlessApplication.Create(name).");
        var applicationId = options.Stem(name, "Application", name) + "Application";
        var template = new CloudFormationTemplate { Description = options.Description };
        var request = CreateApplicationJson.ToJson(spec);
        template.AddResource(applicationId, ResourceType, Application().Translate(request, string.Empty, CloudFormationSecrets.None));
        if (options.Outputs)
        {
            template.AddOutput(applicationId + "Id", $"The id of the EMR Serverless application '{name}' (the ApplicationId job runs start on).", CloudFormationTemplate.GetAtt(applicationId, "ApplicationId"));
            template.AddOutput(applicationId + "Arn", $"The ARN of the EMR Serverless application '{name}'.", CloudFormationTemplate.GetAtt(applicationId, "Arn"));
        }

        return template.ToJson();
    }

    private static CloudFormationShape Shape() => new(ResourceType, pascalCase: true);

    private static CloudFormationShape Application() => Shape()
        .Same("name", "releaseLabel", "type", "architecture")
        .Refused("clientToken", "AWS::EMRServerless::Application has no client token (CloudFormation makes the create idempotent itself); remove it.")
        .PairList("initialCapacity", "InitialCapacity", () => Shape()
            .Same("workerCount")
            .Nested("workerConfiguration", Worker)
            .Requires("WorkerCount", "set the worker count.")
            .Requires("WorkerConfiguration", "set the worker's cpu and memory."))
        .Nested("maximumCapacity", () => Shape().Same("cpu", "memory", "disk").Requires("Cpu", "set the maximum cpu.").Requires("Memory", "set the maximum memory."))
        .PairList("tags", "Tags")
        .Nested("autoStartConfiguration", () => Shape().Same("enabled"))
        .Nested("autoStopConfiguration", () => Shape().Same("enabled", "idleTimeoutMinutes"))
        .Nested("networkConfiguration", () => Shape().Same("subnetIds", "securityGroupIds"))
        .Nested("imageConfiguration", Image)
        .Map("workerTypeSpecifications", "WorkerTypeSpecifications", () => Shape().Nested("imageConfiguration", Image))
        .Nested("runtimeConfiguration", Configuration)
        .Nested("monitoringConfiguration", Monitoring)
        .Nested("interactiveConfiguration", () => Shape().Same("studioEnabled", "livyEndpointEnabled", "sessionEnabled"))
        .Nested("schedulerConfiguration", () => Shape().Same("queueTimeoutMinutes", "maxConcurrentRuns"))
        .Nested("identityCenterConfiguration", () => Shape()
            .Same("identityCenterInstanceArn")
            .Refused("userBackgroundSessionsEnabled", "AWS::EMRServerless::Application's IdentityCenterConfiguration has no UserBackgroundSessionsEnabled; remove it, or create the application with its CreateApplication request."))
        .Refused("diskEncryptionConfiguration", "AWS::EMRServerless::Application has no DiskEncryptionConfiguration property; remove it, or create the application with its CreateApplication request.")
        .Refused("jobLevelCostAllocationConfiguration", "AWS::EMRServerless::Application has no JobLevelCostAllocationConfiguration property; remove it, or create the application with its CreateApplication request.")
        .Requires("ReleaseLabel", "set the release label.")
        .Requires("Type", "set the application type (Spark or Hive).");

    private static CloudFormationShape Worker() => Shape()
        .Same("cpu", "memory", "disk", "diskType")
        .Requires("Cpu", "set the worker cpu.")
        .Requires("Memory", "set the worker memory.");

    private static CloudFormationShape Image() => Shape()
        .Same("imageUri")
        .Refused("applicationLevelDigestResolution", "AWS::EMRServerless::Application's ImageConfiguration has no ApplicationLevelDigestResolution; remove it, or create the application with its CreateApplication request.");

    private static CloudFormationShape Configuration() => Shape()
        .Same("classification")
        .Map("properties", "Properties")
        .Nested("configurations", Configuration)
        .Requires("Classification", "set the classification.");

    private static CloudFormationShape Monitoring() => Shape()
        .Nested("s3MonitoringConfiguration", () => Shape().Same("logUri", "encryptionKeyArn"))
        .Nested("managedPersistenceMonitoringConfiguration", () => Shape().Same("enabled", "encryptionKeyArn"))
        .Nested("cloudWatchLoggingConfiguration", () => Shape()
            .Same("enabled", "logGroupName", "logStreamNamePrefix", "encryptionKeyArn")
            .PairList("logTypes", "LogTypeMap"))
        .Nested("prometheusMonitoringConfiguration", () => Shape().Same("remoteWriteUrl"));
}
