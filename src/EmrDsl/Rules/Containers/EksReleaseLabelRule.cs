using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using EmrDsl.Containers.Model;

namespace EmrDsl.Rules;

/// <summary>
/// EMR050: a release label not in a form EMR on EKS documents. Its labels name the release and a build:
/// <c>emr-7.2.0-latest</c> (the newest build of that release) or <c>emr-7.1.0-20240321</c> (a dated build), optionally
/// with an image variant between them (<c>emr-6.10.0-java11-latest</c>, <c>emr-6.10.0-spark-rapids-20230624</c>, listed
/// on each release's page). The EC2 form <c>emr-7.2.0</c> and releases from before EMR on EKS (5.31 and older, 6.0 and
/// 6.1) are not among its labels.
/// </summary>
public sealed class EksReleaseLabelRule : EksRule
{
    private const string Path = "releaseLabel";

    private static readonly Regex EksLabel = new(@"^emr-(\d+)\.(\d+)\.(\d+)(-[a-z][a-z0-9]*)*-(latest|\d{8})$", RegexOptions.CultureInvariant);
    private static readonly Regex Ec2Label = new(@"^emr-\d+\.\d+\.\d+$", RegexOptions.CultureInvariant);

    public EksReleaseLabelRule()
        : base(RuleIds.EksReleaseLabel, "Release label not in an EMR on EKS form", FindingSeverity.Warning, RuleCategory.Correctness)
    {
    }

    public override IEnumerable<Finding> CheckJobRun(EksJobRunSpec jobRun, RuleContext context)
    {
        // A run from a job template may take its label from the template.
        if (jobRun.ReleaseLabel is not { } label)
        {
            yield break;
        }

        if (Ec2Label.IsMatch(label))
        {
            yield return Report(Path, $"releaseLabel '{label}' is the EMR on EC2 form; EMR on EKS labels name a build of the release. Use '{label}-latest' (the newest build) or a dated build '{label}-<yyyymmdd>' from the EMR on EKS release notes.");
            yield break;
        }

        var match = EksLabel.Match(label);
        if (!match.Success)
        {
            yield return Report(Path, $"releaseLabel '{label}' is not an EMR on EKS release label, which reads emr-<major>.<minor>.<patch>-latest or emr-<major>.<minor>.<patch>-<yyyymmdd>, with an image variant before the build where the release has one (emr-6.10.0-java11-latest). Use for example 'emr-7.2.0-latest'.");
            yield break;
        }

        var major = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minor = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (major < 5 || (major == 5 && minor < 32) || (major == 6 && minor < 2))
        {
            yield return Report(Path, $"releaseLabel '{label}' names a release EMR on EKS never ran: it starts at emr-5.32.0 in 5.x and emr-6.2.0 in 6.x. Use a current release such as 'emr-7.2.0-latest'.");
        }
    }
}
