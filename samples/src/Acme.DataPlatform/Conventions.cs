using System.Collections.Generic;
using Acme.DataPlatform.Environments;
using EmrDsl;

namespace Acme.DataPlatform;

/// <summary>
/// How every Spark pipeline of the platform is set up, in one place: a pipeline says its name, its environment and
/// its daily jobs. Ordinary C# (parameters, a settings record, a loop); the build evaluates it like any definition.
/// </summary>
internal static class Conventions
{
    /// <summary>A transient Spark cluster sized by its environment; it terminates when its steps are done.</summary>
    public static Cluster TransientSpark(string pipeline, EnvironmentSettings environment)
    {
        var cluster = Cluster.Create($"{pipeline}-{environment.Name}")
            .Release(EmrRelease.Emr_7_2_0)
            .Applications(EmrApplication.Spark)
            .LogUri(Accounts.LogUri)
            .Roles(service: Accounts.ServiceRole, instanceProfile: Accounts.InstanceProfile)
            .Subnet(environment.Subnet)
            .Master(InstanceTypes.M6g.XLarge)
            .Core(InstanceTypes.M6g.X2Large, count: environment.CoreNodes)
            .TerminateAfterSteps()
            .Tag("Pipeline", pipeline)
            .Tag("Environment", environment.Name);

        if (environment.SpotTaskNodes > 0)
        {
            cluster = cluster.Task(InstanceTypes.M6g.X4Large, count: environment.SpotTaskNodes, g => g.Spot(BidPrice.OnDemandPrice));
        }

        return environment.ShufflePartitions is { } partitions ? cluster.SparkDefaults(s => s.ShufflePartitions(partitions)) : cluster;
    }

    /// <summary>One cluster-mode Spark step per daily job, in order; a failed job terminates the cluster.</summary>
    public static Cluster WithDailySteps(this Cluster cluster, string jobsFolder, IEnumerable<DailyJob> jobs)
    {
        foreach (var job in jobs)
        {
            cluster = cluster.Step(Step.SparkSubmit(job.Name, $"{Accounts.JobsBucket}/{jobsFolder}/{job.Script}")
                .DeployMode(DeployMode.Cluster)
                .Args(job.Arguments)
                .OnFailure(ActionOnFailure.TerminateCluster));
        }

        return cluster;
    }
}

/// <summary>A Spark job a pipeline runs every day: the step's name, its script in the pipeline's jobs folder, its arguments.</summary>
internal sealed record DailyJob(string Name, string Script, params string[] Arguments);
