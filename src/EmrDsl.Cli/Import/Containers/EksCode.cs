using System;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Containers.Model;
using EmrDsl.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import.Containers;

/// <summary>What EMR on EKS job runs and job templates share: the job driver, configurations and the S3 and CloudWatch log settings.</summary>
internal static class EksCode
{
    public delegate T Monitor<T>(T definition, string? s3LogUri, string? cloudWatchLogGroup, string? cloudWatchLogStreamPrefix);

    /// <summary><c>.SparkSubmit(SparkJob...)</c> or <c>.SparkSql(entryPoint, parameters)</c>; empty for a driver with both or neither.</summary>
    public static Fluent<T> Driver<T>(EksJobDriverSpec driver, Func<T, SparkJob, T> sparkSubmit, Func<T, string, string?, T> sparkSql) => driver switch
    {
        { SparkSubmitJobDriver: { EntryPoint: { } entryPoint } spark, SparkSqlJobDriver: null } =>
            SparkJobCode.SparkSubmit(entryPoint, spark.SparkSubmitParameters, spark.EntryPointArguments, sparkSubmit),
        { SparkSqlJobDriver: { EntryPoint: { } entryPoint } sql, SparkSubmitJobDriver: null } =>
            One<T>("SparkSql", d => sparkSql(d, entryPoint, sql.SparkSqlParameters), new Expr[] { S(entryPoint) }.Concat(NamedStrings(("sparkSqlParameters", sql.SparkSqlParameters))).ToArray()),
        _ => Fluent<T>.Empty,
    };

    /// <summary>
    /// <c>.Monitoring(s3LogUri: ..., cloudWatchLogGroup: ..., cloudWatchLogStreamPrefix: ..., persistentAppUI: ...)</c> with the
    /// settings that are given; empty when none is.
    /// </summary>
    public static Fluent<T> Monitoring<T>(EksS3MonitoringSpec? s3, EksCloudWatchMonitoringSpec? cloudWatch, Token? persistentAppUI, Monitor<T> apply)
    {
        var arguments = NamedIfSet(
            ("s3LogUri", s3?.LogUri is { } uri ? S(uri) : null),
            ("cloudWatchLogGroup", cloudWatch?.LogGroupName is { } group ? S(group) : null),
            ("cloudWatchLogStreamPrefix", cloudWatch?.LogStreamNamePrefix is { } prefix ? S(prefix) : null),
            ("persistentAppUI", persistentAppUI));
        return arguments.Length == 0
            ? Fluent<T>.Empty
            : One<T>("Monitoring", d => apply(d, s3?.LogUri, cloudWatch?.LogGroupName, cloudWatch?.LogStreamNamePrefix), arguments);
    }

    /// <summary>The cluster form of a configuration, which the classification builders write.</summary>
    public static ConfigurationSpec ToCluster(EksConfigurationSpec configuration) =>
        ConfigurationCode.ToCluster(configuration, c => (c.Classification, c.Properties, c.Configurations));

    /// <summary>A factory argument's code; a missing one (the factory then refuses, and the head is the spec literal) is <c>null</c>.</summary>
    public static string Literal(string? value) => value is null ? "null" : S(value).Text;
}
