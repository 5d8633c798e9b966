using EmrDsl;
using EmrDsl.Containers;

namespace Acme.DataPlatform.Containers;

/// <summary>
/// What the platform team creates once for EMR on EKS: the virtual cluster on the <c>emr-analytics</c> namespace and a
/// job template the teams start runs from. The build writes each request
/// (<c>analytics.emr-containers.virtualcluster.json</c>, <c>sessionization-template.emr-containers.jobtemplate.json</c>)
/// and its Terraform (<c>aws_emrcontainers_virtual_cluster</c>, <c>aws_emrcontainers_job_template</c>).
/// </summary>
public static partial class EksPlatform
{
    [EmrOnEks]
    public static EksVirtualCluster Analytics => EksVirtualCluster.Create("analytics", "analytics-prod", "emr-analytics")
        .Tag("Team", "platform");

    [EmrOnEks]
    public static EksJobTemplate SessionizationTemplate => EksJobTemplate.Create("sessionization-template", "arn:aws:iam::123456789012:role/emr-on-eks-sessionization", "emr-7.2.0-latest")
        .SparkSubmit(SparkJob.For($"{Accounts.JobsBucket}/clickstream/sessionize.py")
            .Executors(count: 8, cores: 4, memory: Memory.Gigabytes(12)))
        .Monitoring(s3LogUri: $"{Accounts.LogUri}emr-on-eks/", persistentAppUI: true)
        .JobTag("Pipeline", "clickstream")
        .Tag("Team", "platform");
}
