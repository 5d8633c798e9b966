using EmrDsl;
using EmrDsl.Containers;

namespace Acme.DataPlatform.RuleShowcase;

/// <summary>EMR on EKS job runs with the mistakes the EKS rules catch, each reported where it is made.</summary>
public static partial class FlawedEks
{
    private const string VirtualClusterId = "0ynz1ikogr9fbj6s2y3xfcyvf";

    private const string JobRole = "arn:aws:iam::123456789012:role/emr-on-eks-jobs";

    private static readonly SparkJob Throttled = SparkJob.For("s3://acme-jobs/clickstream/sessionize.py")
        .Executors(count: 4, cores: 4)
        .Conf("spark.kubernetes.executor.limit.cores", "2");

    private static readonly SparkJob KafkaWithKey = SparkJob.For("s3://acme-jobs/clickstream/enrich_stream.py")
        .Packages("org.apache.spark:spark-sql-kafka-0-10_2.12:3.5.1")
        .Args("--aws-access-key", "AKIAIOSFODNN7EXAMPLE");

    /// <summary>A batch job whose logs stay in its pods, on an EC2-style label, with executors Kubernetes refuses.</summary>
    [EmrOnEks]
    public static EksJobRun PodLogs => EksJobRun.Create(VirtualClusterId, JobRole, "emr-7.2.0") // EMR050: EC2 label form; EMR051: logs vanish with the pods
        .Named("flawed-pod-logs")
        .SparkSubmit(Throttled);                                             // EMR052: CPU limit 2 below the 4 cores requested

    /// <summary>A Kafka stream that stops at its first driver failure, with an access key in its arguments.</summary>
    [EmrOnEks]
    public static EksJobRun Stream => EksJobRun.Create(VirtualClusterId, JobRole, "emr-7.2.0-latest") // EMR053: streaming without retry policy
        .Named("flawed-stream")
        .SparkSubmit(KafkaWithKey)                                           // EMR011: hard-coded access key in the arguments
        .Monitoring(s3LogUri: "s3://acme-emr-logs/emr-on-eks/");
}
