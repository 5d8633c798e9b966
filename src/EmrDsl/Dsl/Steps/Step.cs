namespace EmrDsl;

/// <summary>
/// Starts a step of each kind EMR runs. Every step then takes <c>.OnFailure(...)</c> and <c>.Monitoring(...)</c>,
/// and its own options one dot at a time; add it with <c>Cluster.Step(...)</c>.
/// </summary>
public static class Step
{
    /// <summary>A Spark application run with spark-submit, for example <c>Step.SparkSubmit("Daily ETL", "s3://my-bucket/jobs/etl.py")</c>.</summary>
    public static SparkSubmitStep SparkSubmit(string name, string entryPoint) => new(name, SparkJob.For(entryPoint));

    /// <summary>A Spark job defined once (and perhaps also run on EMR Serverless) run as a step.</summary>
    public static SparkSubmitStep SparkSubmit(string name, SparkJob job) => new(name, job);

    /// <summary>A Hive script, for example <c>Step.Hive("Load", "s3://my-bucket/hive/load.q")</c>.</summary>
    public static HiveStep Hive(string name, string script) => new(name, script);

    /// <summary>A jar's main method, for example <c>Step.CustomJar("Index", "s3://my-bucket/jars/indexer.jar")</c>.</summary>
    public static CustomJarStep CustomJar(string name, string jar) => new(name, jar);

    /// <summary>A command on the primary node, one word per element: <c>Step.CommandRunner("List", "aws", "s3", "ls", "s3://my-bucket/")</c>.</summary>
    public static CommandRunnerStep CommandRunner(string name, params string[] command) => new(name, command);

    /// <summary>A shell script run with script-runner.jar: <c>Step.ScriptRunner("Prepare", "s3://my-bucket/prepare.sh", "2026-04-25")</c>.</summary>
    public static ScriptRunnerStep ScriptRunner(string name, string script, params string[] args) => new(name, script, args);

    /// <summary>A copy with S3DistCp between S3 and HDFS; <paramref name="options"/> are extra raw options written after the typed ones.</summary>
    public static S3DistCpStep S3DistCp(string name, string src, string dest, params string[] options) => new(name, src, dest, options);
}
