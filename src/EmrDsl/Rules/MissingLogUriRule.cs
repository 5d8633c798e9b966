using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>EMR002: without LogUri, step and node logs vanish with the cluster.</summary>
public sealed class MissingLogUriRule : ClusterRule
{
    public MissingLogUriRule()
        : base(RuleIds.MissingLogUri, "No LogUri", FindingSeverity.Warning, RuleCategory.Operations)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        if (!string.IsNullOrWhiteSpace(spec.LogUri))
        {
            yield break;
        }

        var suggestion = context.DefaultLogUri ?? "s3://<your-log-bucket>/emr/";
        yield return Report(
            "LogUri",
            $"The cluster has no LogUri, so step, bootstrap and node logs are lost when it terminates and failures cannot be diagnosed. Set LogUri (for example \"{suggestion}\").");
    }
}
