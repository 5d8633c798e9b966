using System.Collections.Generic;
using EmrDsl.Containers.Model;
using EmrDsl.Emit.Terraform;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Containers.Emit.Terraform;

/// <summary>
/// EMR on EKS virtual clusters and job templates as Terraform resources in JSON syntax (<c>.tf.json</c>):
/// <c>aws_emrcontainers_virtual_cluster</c> and <c>aws_emrcontainers_job_template</c>, built with the same blocks as
/// the cluster emitter (ordinal member order, every user string escaped, nested blocks as one-item arrays), with an
/// <c>output</c> for the id a StartJobRun request needs and, on request, <c>terraform { required_providers }</c>.
/// Members the provider has no argument for throw <see cref="TerraformConversionException"/> with their request path.
/// The client token is not an argument either: Terraform makes its own, and the token does not change what is created.
/// </summary>
public static class EksTerraformJson
{
    public const string VirtualClusterType = "aws_emrcontainers_virtual_cluster";
    public const string JobTemplateType = "aws_emrcontainers_job_template";

    private const string NoArgument = "has no argument in the Terraform resource, so Terraform would create it without this setting. Remove it, or deploy with the request JSON.";

    internal static JsonObject VirtualCluster(EksVirtualClusterSpec spec, string? resourceName = null, bool requiredProviders = false)
    {
        Unrepresentable.Reject(spec.SecurityConfigurationId is not null, "securityConfigurationId", "aws_emrcontainers_virtual_cluster " + NoArgument);
        Unrepresentable.Reject(spec.ContainerProvider?.Info?.EksInfo?.NodeLabel is not null, "containerProvider.info.eksInfo.nodeLabel", "aws_emrcontainers_virtual_cluster " + NoArgument);
        var provider = Unrepresentable.Require(spec.ContainerProvider, "containerProvider", "name the EKS cluster and namespace with EksVirtualCluster.Create(name, eksClusterName, namespace).");
        var name = TerraformName.Choose(resourceName, Unrepresentable.Require(spec.Name, "name", "name the virtual cluster with EksVirtualCluster.Create(name, ...)."), TerraformName.FromVirtualClusterName);
        var containerProvider = new TerraformBody()
            .String("id", provider.Id)
            .Blocks("info", One(new TerraformBody().Blocks("eks_info", One(new TerraformBody().String("namespace", provider.Info?.EksInfo?.Namespace)))))
            .String("type", provider.Type is { } type ? EmrDsl.Wire.ApiEnum<ContainerProviderType>.ToApi(type) : null);
        var resource = new TerraformBody()
            .Blocks("container_provider", One(containerProvider))
            .String("name", spec.Name)
            .Map("tags", spec.Tags, "tags");

        var document = new TerraformDocument();
        document.Add(VirtualClusterType, name, resource);
        document.AddOutput(name + "_virtual_cluster_id", $"The id of the EMR on EKS virtual cluster '{spec.Name}' (the virtualClusterId of its job runs).", VirtualClusterType, name, "id");
        return Finish(document, requiredProviders);
    }

    internal static JsonObject JobTemplate(EksJobTemplateSpec spec, string? resourceName = null, bool requiredProviders = false)
    {
        var data = Unrepresentable.Require(spec.JobTemplateData, "jobTemplateData", "build the template with EksJobTemplate.Create(name, executionRoleArn, releaseLabel).");
        Unrepresentable.Reject(!data.ParameterConfiguration.IsEmpty, "jobTemplateData.parameterConfiguration", "aws_emrcontainers_job_template " + NoArgument);
        var name = TerraformName.Choose(resourceName, Unrepresentable.Require(spec.Name, "name", "name the template with EksJobTemplate.Create(name, ...)."), TerraformName.FromJobTemplateName);
        var document = new TerraformDocument();
        var templateData = new TerraformBody()
            .Blocks("configuration_overrides", data.ConfigurationOverrides is { } overrides ? One(Overrides(overrides, spec.Name, document)) : None)
            .String("execution_role_arn", data.ExecutionRoleArn)
            .Blocks("job_driver", data.JobDriver is { } driver ? One(Driver(driver)) : None)
            .Map("job_tags", data.JobTags, "jobTemplateData.jobTags")
            .String("release_label", data.ReleaseLabel);
        var resource = new TerraformBody()
            .Blocks("job_template_data", One(templateData))
            .String("kms_key_arn", spec.KmsKeyArn)
            .String("name", spec.Name)
            .Map("tags", spec.Tags, "tags");

        document.Add(JobTemplateType, name, resource);
        document.AddOutput(name + "_job_template_id", $"The id of the EMR on EKS job template '{spec.Name}' (the jobTemplateId of the runs it starts).", JobTemplateType, name, "id");
        return Finish(document, requiredProviders);
    }

    private static IReadOnlyList<TerraformBody> None => System.Array.Empty<TerraformBody>();

    private static IReadOnlyList<TerraformBody> One(TerraformBody block) => new[] { block };

    private static JsonObject Finish(TerraformDocument document, bool requiredProviders)
    {
        if (requiredProviders)
        {
            document.RequireAwsProvider();
        }

        return document.ToJson();
    }

    private static TerraformBody Driver(EksJobDriverSpec driver)
    {
        const string Path = "jobTemplateData.jobDriver.sparkSubmitJobDriver.entryPointArguments";
        var submit = driver.SparkSubmitJobDriver;

        // The provider keeps entry_point_arguments as a set: the job would get its arguments in another order, repeats merged.
        Unrepresentable.Reject(
            submit is { EntryPointArguments.Count: > 1 },
            Path,
            "aws_emrcontainers_job_template keeps entry_point_arguments as a set, which loses their order and repeats. Pass one argument (for example a config file or a ${Parameter}), or deploy with the CreateJobTemplate JSON.");
        return new TerraformBody()
            .Blocks("spark_sql_job_driver", driver.SparkSqlJobDriver is { } sql
                ? One(new TerraformBody().String("entry_point", sql.EntryPoint).String("spark_sql_parameters", sql.SparkSqlParameters))
                : None)
            .Blocks("spark_submit_job_driver", submit is null
                ? None
                : One(new TerraformBody()
                    .String("entry_point", submit.EntryPoint)
                    .Strings("entry_point_arguments", submit.EntryPointArguments)
                    .String("spark_submit_parameters", submit.SparkSubmitParameters)));
    }

    private static TerraformBody Overrides(EksTemplateOverridesSpec overrides, string? templateName, TerraformDocument document)
    {
        var configurations = new List<TerraformBody>();
        for (var i = 0; i < overrides.ApplicationConfiguration.Count; i++)
        {
            var path = Unrepresentable.Index("jobTemplateData.configurationOverrides.applicationConfiguration", i);
            var configuration = overrides.ApplicationConfiguration[i];
            var nested = new List<TerraformBody>();
            for (var j = 0; j < configuration.Configurations.Count; j++)
            {
                var inner = configuration.Configurations[j];
                var innerPath = Unrepresentable.Index(path + ".configurations", j);
                Unrepresentable.Reject(!inner.Configurations.IsEmpty, innerPath + ".configurations", "aws_emrcontainers_job_template nests configurations one level deep only. Move these settings up a level, or deploy with the CreateJobTemplate JSON.");
                nested.Add(Configuration(inner, innerPath, templateName, document));
            }

            configurations.Add(Configuration(configuration, path, templateName, document).Blocks("configurations", nested));
        }

        var monitoring = overrides.MonitoringConfiguration;
        return new TerraformBody()
            .Blocks("application_configuration", configurations)
            .Blocks("monitoring_configuration", monitoring is null ? None : One(new TerraformBody()
                .Blocks("cloud_watch_monitoring_configuration", monitoring.CloudWatchMonitoringConfiguration is { } cw
                    ? One(new TerraformBody().String("log_group_name", cw.LogGroupName).String("log_stream_name_prefix", cw.LogStreamNamePrefix))
                    : None)
                .String("persistent_app_ui", monitoring.PersistentAppUI)
                .Blocks("s3_monitoring_configuration", monitoring.S3MonitoringConfiguration is { } s3 ? One(new TerraformBody().String("log_uri", s3.LogUri)) : None)));
    }

    private static TerraformBody Configuration(EksConfigurationSpec configuration, string path, string? templateName, TerraformDocument document) => new TerraformBody()
        .String("classification", configuration.Classification)
        .Attribute("properties", configuration.Properties.IsEmpty ? null : EksTerraformSecrets.Properties(configuration, path, templateName, document));
}
