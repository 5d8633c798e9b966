using EmrDsl;

namespace Acme.DataPlatform.Environments;

/// <summary>
/// One pipeline, two environments: the conventions say how a Spark pipeline is set up, <see cref="EnvironmentSettings"/>
/// what differs per environment, and this file only what the clickstream pipeline does every day.
/// Clickstream.Dev.cs and Clickstream.Prod.cs mark one definition each.
/// </summary>
public static partial class Clickstream
{
    private static readonly DailyJob[] DailyJobs =
    {
        new("Aggregate clicks", "aggregate.py", "--granularity", "hour"),
        new("Sessionize clicks", "sessionize.py", "--timeout-minutes", "30"),
        new("Publish click metrics", "publish_metrics.py"),
    };

    private static Cluster For(EnvironmentSettings environment) =>
        Conventions.TransientSpark("clickstream", environment).WithDailySteps("clickstream", DailyJobs);
}
