using System;
using System.Collections.Generic;
using EmrDsl.Containers.Model;
using EmrDsl.Rules.Support;
using EmrDsl.Wire;

namespace EmrDsl.Rules;

/// <summary>
/// EMR011 on an EMR on EKS job run: the same detection as <see cref="HardCodedCredentialRule"/> (the same id, title and
/// severity), over the job's entry-point arguments, its spark-submit or spark-sql parameter string and its application
/// configuration properties, which end up in the request, the console, CloudTrail and the pods' logs.
/// </summary>
public sealed class EksHardCodedCredentialRule : EksRule
{
    private static readonly char[] Blanks = { ' ', '\t', '\n', '\r' };

    private static readonly HardCodedCredentialRule Cluster = new();

    public EksHardCodedCredentialRule()
        : base(Cluster.Id, Cluster.Title, Cluster.DefaultSeverity, Cluster.Category)
    {
    }

    public override IEnumerable<Finding> CheckJobRun(EksJobRunSpec jobRun, RuleContext context)
    {
        foreach (var (path, problem) in HardCodedCredentialRule.Problems(Texts(jobRun)))
        {
            yield return Report(path, problem + " Remove it and let the job use its execution role (executionRoleArn, through IAM roles for service accounts) or read the secret at run time from AWS Secrets Manager.");
        }
    }

    private static IEnumerable<Located<string>> Texts(EksJobRunSpec jobRun)
    {
        if (jobRun.JobDriver?.SparkSubmitJobDriver is { } submit)
        {
            foreach (var text in HardCodedCredentialRule.ArgumentTexts(submit.EntryPointArguments, "jobDriver.sparkSubmitJobDriver.entryPointArguments"))
            {
                yield return text;
            }

            foreach (var text in ParameterTexts(submit.SparkSubmitParameters, "jobDriver.sparkSubmitJobDriver.sparkSubmitParameters"))
            {
                yield return text;
            }
        }

        foreach (var text in ParameterTexts(jobRun.JobDriver?.SparkSqlJobDriver?.SparkSqlParameters, "jobDriver.sparkSqlJobDriver.sparkSqlParameters"))
        {
            yield return text;
        }

        foreach (var (key, value, path, _) in EksConfigurationProperties.Of(jobRun))
        {
            yield return new Located<string>(key + "=" + value, path);
        }
    }

    /// <summary>The words of a parameter string as arguments (<c>--conf k=v</c> is two), all at the string's path.</summary>
    private static IEnumerable<Located<string>> ParameterTexts(string? parameters, string path)
    {
        var words = parameters?.Split(Blanks, StringSplitOptions.RemoveEmptyEntries) ?? Array.Empty<string>();
        for (var w = 0; w < words.Length; w++)
        {
            yield return new Located<string>(HardCodedCredentialRule.ArgumentText(words, w), path);
        }
    }
}
