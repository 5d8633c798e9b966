namespace EmrDsl;

/// <summary>
/// Application names EMR installs (<c>Applications[].Name</c>), spelled as the EMR documentation spells them.
/// Which of them a release offers depends on its label; names are plain strings, so others can be passed as literals.
/// </summary>
public static class EmrApplication
{
    public const string AmazonCloudWatchAgent = "AmazonCloudWatchAgent";
    public const string Delta = "Delta";
    public const string Flink = "Flink";
    public const string Ganglia = "Ganglia";
    public const string HBase = "HBase";
    public const string HCatalog = "HCatalog";
    public const string Hadoop = "Hadoop";
    public const string Hive = "Hive";
    public const string Hudi = "Hudi";
    public const string Hue = "Hue";
    public const string Iceberg = "Iceberg";
    public const string JupyterEnterpriseGateway = "JupyterEnterpriseGateway";
    public const string JupyterHub = "JupyterHub";
    public const string Livy = "Livy";
    public const string MXNet = "MXNet";
    public const string Mahout = "Mahout";
    public const string Oozie = "Oozie";
    public const string Phoenix = "Phoenix";
    public const string Pig = "Pig";
    public const string Presto = "Presto";
    public const string PrestoSql = "PrestoSQL";
    public const string Spark = "Spark";
    public const string Sqoop = "Sqoop";
    public const string TensorFlow = "TensorFlow";
    public const string Tez = "Tez";
    public const string Trino = "Trino";
    public const string Zeppelin = "Zeppelin";
    public const string ZooKeeper = "ZooKeeper";
}
