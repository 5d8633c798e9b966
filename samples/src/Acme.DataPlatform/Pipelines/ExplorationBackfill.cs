using EmrDsl;

namespace Acme.DataPlatform.Pipelines;

/// <summary>
/// Steps the on-call engineer's Airflow DAG submits to the running ad-hoc cluster (<see cref="AdHocExploration"/>) to
/// rebuild one day of sessions: the DAG finds the cluster and fills in its id and the day. A failed step leaves the
/// shared cluster running for everyone else.
/// </summary>
public static partial class ExplorationBackfill
{
    [EmrSteps(FileName = "exploration-backfill")]
    public static JobFlowSteps Sessions => JobFlowSteps.For("{{ ti.xcom_pull(task_ids='find_adhoc_cluster') }}")
        .Step(Step.SparkSubmit("rebuild-sessions", Accounts.JobsBucket + "/sessions/rebuild.py")
            .DeployMode(DeployMode.Cluster)
            .Args("--day", "{{ ds }}")
            .OnFailure(ActionOnFailure.CancelAndWait))
        .Step(Step.S3DistCp("publish-sessions", "hdfs:///sessions/{{ ds }}", Accounts.LakeBucket + "/sessions/{{ ds }}")
            .OnFailure(ActionOnFailure.CancelAndWait));
}
