using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace EmrDsl;

/// <summary>Argument checks for steps: where programs and data live, and the words step commands are built from.</summary>
internal static partial class Require
{
    private static readonly Regex IamRoleArnPattern = new(@"^arn:aws[a-z-]*:iam::\d{12}:role/.+$", RegexOptions.CultureInvariant);
    private static readonly Regex KmsKeyArnPattern = new(@"^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)/.+$", RegexOptions.CultureInvariant);
    // A real id, or a placeholder an orchestrator fills in: Airflow/Jinja {{ ... }}, Step Functions $.path, Terraform ${...}.
    private static readonly Regex ClusterIdPattern = new(@"^(j-[A-Z0-9]+|\{\{.+\}\}|\$\$?\.\S+|\$\{.+\})$", RegexOptions.CultureInvariant);
    private static readonly Regex RegionPattern = new(@"^[a-z]{2}(-[a-z]+)+-\d+$", RegexOptions.CultureInvariant);

    /// <summary>A step to add, as the API's <c>StepConfig</c>.</summary>
    public static Model.StepSpec Step(StepDefinition? step, string parameter) =>
        (step ?? throw new ArgumentNullException(parameter, "Pass a step, for example Step.SparkSubmit(\"Daily ETL\", \"s3://my-bucket/jobs/etl.py\").")).ToSpec();

    /// <summary>Steps to add in the order given: at least one.</summary>
    public static StepDefinition[] AtLeastOneStep(StepDefinition[]? steps, string parameter) =>
        steps is null || steps.Length == 0
            ? throw new ArgumentException("No steps given: pass at least one, for example Step.Hive(\"Load\", \"s3://my-bucket/load.q\").", parameter)
            : steps;

    /// <summary>The runtime role steps run as (<c>StepExecutionRoleArn</c> in RunJobFlow, <c>ExecutionRoleArn</c> in AddJobFlowSteps).</summary>
    public static string StepExecutionRoleArn(string? value, string parameter) => IamRoleArn(value, parameter, "The step execution role ARN");

    /// <summary>A file a step runs: an S3 URI, or an absolute path on the cluster's nodes (for example a jar EMR installs).</summary>
    public static string S3UriOrLocalPath(string? value, string parameter, string what)
    {
        NonEmpty(value, parameter, what);
        return value!.StartsWith("/", StringComparison.Ordinal) ? value : S3Uri(value, parameter, what);
    }

    /// <summary>An S3DistCp location: an S3 URI, an <c>hdfs://</c> URI or an absolute HDFS path.</summary>
    public static string S3OrHdfsLocation(string? value, string parameter, string what)
    {
        NonEmpty(value, parameter, what);
        return value!.StartsWith("hdfs://", StringComparison.Ordinal) || value.StartsWith("/", StringComparison.Ordinal)
            ? value
            : S3Uri(value, parameter, what);
    }

    /// <summary>A key of a <c>key=value</c> argument (a Spark property, a Hive variable): no '=' and no whitespace.</summary>
    public static string AssignmentKey(string? value, string parameter, string what)
    {
        NonEmpty(value, parameter, what);
        if (value!.IndexOf('=') >= 0 || HasWhitespace(value))
        {
            throw new ArgumentException($"{what} '{value}' cannot contain '=' or whitespace: it is written as {value}=value. Pass the bare key.", parameter);
        }

        return value;
    }

    /// <summary>One entry of a comma-separated spark-submit list (--jars, --py-files, --files, --packages).</summary>
    public static string ListItem(string? value, string parameter, string what)
    {
        NonEmpty(value, parameter, what);
        if (value!.IndexOf(',') >= 0 || HasWhitespace(value))
        {
            throw new ArgumentException($"{what} '{value}' cannot contain ',' or whitespace: entries are joined with commas. Pass each entry as its own argument.", parameter);
        }

        return value;
    }

    /// <summary>Arguments handed to a program one by one; each may hold spaces or quotes, but none may be null.</summary>
    public static IReadOnlyList<string> Arguments(string?[]? values, string parameter)
    {
        if (values is null)
        {
            throw new ArgumentNullException(parameter, "Pass the arguments as separate strings, or none at all.");
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null)
            {
                throw new ArgumentException($"Argument {i} is null; pass an empty string \"\" if the program expects an empty argument.", parameter);
            }
        }

        return values!;
    }

    public static void Defined<TEnum>(TEnum value, string parameter)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(typeof(TEnum), value))
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{value} is not a {typeof(TEnum).Name}; use one of its named values, for example {typeof(TEnum).Name}.{Enum.GetNames(typeof(TEnum))[0]}.");
        }
    }

    public static string IamRoleArn(string? value, string parameter, string what) =>
        Matching(value, IamRoleArnPattern, parameter, what, "arn:aws:iam::123456789012:role/EMR_StepRole");

    public static string KmsKeyArn(string? value, string parameter, string what) =>
        Matching(value, KmsKeyArnPattern, parameter, what, "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");

    public static string ClusterId(string? value, string parameter) =>
        Matching(value, ClusterIdPattern, parameter, "The cluster id", "j-2AXXXXXXGAPLF (as RunJobFlow or ListClusters return it), or a placeholder such as {{ ti.xcom_pull('create_cluster') }} or $.ClusterId");

    public static string Region(string? value, string parameter) =>
        Matching(value, RegionPattern, parameter, "The AWS region", "us-east-1");

    private static string Matching(string? value, Regex pattern, string parameter, string what, string example)
    {
        NonEmpty(value, parameter, what);
        if (!pattern.IsMatch(value!) && !Model.TemplatePlaceholders.In(value))
        {
            throw new ArgumentException($"{what} '{value}' is not well formed. Write it like {example}.", parameter);
        }

        return value!;
    }

    /// <summary>Whitespace outside Airflow placeholders (the spaces in <c>{{ ds }}</c> are gone once it is rendered).</summary>
    private static bool HasWhitespace(string value)
    {
        foreach (var c in Model.TemplatePlaceholders.Outside(value))
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}
