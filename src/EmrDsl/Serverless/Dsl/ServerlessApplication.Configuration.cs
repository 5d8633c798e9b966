using System;
using System.Linq;
using EmrDsl.Model;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Serverless;

public sealed partial class ServerlessApplication
{
    /// <summary>
    /// Default configurations for every job run (spark-defaults, hive-site, ...), written with the same
    /// <see cref="ConfigurationSpec"/> values as a cluster's. A classification written twice merges: later values win.
    /// </summary>
    public ServerlessApplication RuntimeConfiguration(params ConfigurationSpec[] configuration) =>
        With(s => s with { RuntimeConfiguration = ServerlessConfigurations.Add(s.RuntimeConfiguration, configuration, nameof(configuration)) });

    /// <summary>Any classification by name, e.g. <c>.Configure("spark-hive-site", c => c.Set("hive.metastore.client.factory.class", "..."))</c>.</summary>
    public ServerlessApplication Configure(string classification, Func<Classification, Classification> configure) =>
        RuntimeConfiguration(Classifications.Of(classification, configure));

    public ServerlessApplication SparkDefaults(Func<SparkDefaultsClassification, SparkDefaultsClassification> configure) =>
        RuntimeConfiguration(Classifications.SparkDefaults(configure));

    public ServerlessApplication HiveSite(Func<HiveSiteClassification, HiveSiteClassification> configure) =>
        RuntimeConfiguration(Classifications.HiveSite(configure));

    /// <summary>
    /// Where job run logs go: an S3 prefix, EMR Serverless managed persistence (on unless turned off) and
    /// CloudWatch Logs (a log group implies <paramref name="cloudWatch"/>). Replaces earlier monitoring settings.
    /// </summary>
    public ServerlessApplication Monitoring(string? s3LogUri = null, bool? managedPersistence = null, bool? cloudWatch = null, string? cloudWatchLogGroup = null)
    {
        var monitoring = ServerlessMonitoring.Build(s3LogUri, managedPersistence, cloudWatch, cloudWatchLogGroup);
        return With(s => s with { MonitoringConfiguration = monitoring });
    }

    /// <summary>A custom image in Amazon ECR for every worker type.</summary>
    public ServerlessApplication Image(string imageUri) =>
        With(s => s with { ImageConfiguration = new ImageConfigurationSpec { ImageUri = Require.EcrImageUri(imageUri, nameof(imageUri)) } });

    /// <summary>Runs workers in your VPC: up to 16 subnets and 5 security groups.</summary>
    public ServerlessApplication Network(string[] subnets, string[] securityGroups)
    {
        var subnetIds = Ids(subnets, nameof(subnets), 16, Require.SubnetId);
        var groupIds = Ids(securityGroups, nameof(securityGroups), 5, Require.SecurityGroupId);
        return With(s => s with { NetworkConfiguration = new ServerlessNetworkSpec { SubnetIds = subnetIds, SecurityGroupIds = groupIds } });
    }

    /// <summary>Encrypts the workers' local disks with a customer managed KMS key.</summary>
    public ServerlessApplication DiskEncryption(string kmsKeyArn) => With(s => s with
    {
        DiskEncryptionConfiguration = new DiskEncryptionSpec { EncryptionKeyArn = Require.ServerlessKmsKeyArn(kmsKeyArn, nameof(kmsKeyArn), "The disk encryption key") },
    });

    /// <summary>Interactive use: EMR Studio notebooks and an Apache Livy endpoint. Unnamed settings keep the API's defaults.</summary>
    public ServerlessApplication Interactive(bool? studio = null, bool? livy = null)
    {
        if (studio is null && livy is null)
        {
            throw new ArgumentException("No interactive setting given: name studio, livy or both.", nameof(studio));
        }

        return With(s => s with { InteractiveConfiguration = new InteractiveSpec { StudioEnabled = studio, LivyEndpointEnabled = livy } });
    }

    private static EquatableArray<string> Ids(string[]? ids, string parameter, int max, Func<string?, string, string> check)
    {
        if (ids is null || ids.Length == 0)
        {
            throw new ArgumentException($"The {parameter} list is empty: pass at least one id.", parameter);
        }

        if (ids.Length > max)
        {
            throw new ArgumentException($"{ids.Length} {parameter} given; EMR Serverless takes at most {max}.", parameter);
        }

        return ids.Select(id => check(id, parameter)).ToEquatableArray();
    }
}
