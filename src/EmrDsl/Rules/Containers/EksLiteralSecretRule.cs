using System.Collections.Generic;
using EmrDsl.Containers.Model;

namespace EmrDsl.Rules;

/// <summary>
/// EMR016 on an EMR on EKS job run (the same id, title and severity as <see cref="LiteralSecretRule"/>): an application
/// configuration property whose name says password (<c>spark.hadoop.javax.jdo.option.ConnectionPassword</c>) holds the
/// password itself instead of a <see cref="Secret"/> reference. The message never repeats it.
/// </summary>
public sealed class EksLiteralSecretRule : EksRule
{
    private static readonly LiteralSecretRule Cluster = new();

    public EksLiteralSecretRule()
        : base(Cluster.Id, Cluster.Title, Cluster.DefaultSeverity, Cluster.Category)
    {
    }

    public override IEnumerable<Finding> CheckJobRun(EksJobRunSpec jobRun, RuleContext context)
    {
        foreach (var (key, _, path, _) in EksConfigurationProperties.LiteralPasswords(jobRun))
        {
            yield return Report(
                path,
                $"{path} is written out as a literal password, so it would end up in the StartJobRun request, CI logs, the console and CloudTrail; no artifact is written with it. Set it from a Secret that says where it comes from, for example .Set(\"{key}\", Secret.AirflowVariable(...)) or Secret.StepFunctionsPath(\"$.secrets...\"), or let the job read it at run time from AWS Secrets Manager with its execution role.");
        }
    }
}
