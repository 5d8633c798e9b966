using System;
using System.Collections.Generic;
using EmrDsl.Catalog;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>
/// EMR026: managed scaling where EMR does not support it: releases before 5.30.0 and 6.0.0, and applications that do
/// not run on YARN (Presto, Trino, HBase), whose load managed scaling does not see.
/// </summary>
public sealed class ManagedScalingUnsupportedRule : ClusterRule
{
    private const string PolicyPath = "ManagedScalingPolicy";

    /// <summary>The first release with managed scaling.</summary>
    public static readonly ReleaseVersion FirstRelease = new(5, 30, 0);

    /// <summary>The one later release without it.</summary>
    public static readonly ReleaseVersion ExcludedRelease = new(6, 0, 0);

    /// <summary>Applications that do not run on YARN: managed scaling sizes the cluster by YARN's demand and does not support them.</summary>
    private static readonly string[] NotOnYarn = { EmrApplication.Presto, EmrApplication.PrestoSql, EmrApplication.Trino, EmrApplication.HBase };

    public ManagedScalingUnsupportedRule()
        : base(RuleIds.ManagedScalingUnsupported, "Managed scaling on a release or application it does not support", FindingSeverity.Warning, RuleCategory.Correctness)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        if (spec.ManagedScalingPolicy is null)
        {
            yield break;
        }

        if (ReleaseVersion.TryParseLabel(spec.ReleaseLabel, out var release) && (release < FirstRelease || release == ExcludedRelease))
        {
            yield return Report(
                PolicyPath,
                $"The cluster uses managed scaling on {release.ToLabel()}, but managed scaling needs {FirstRelease.ToLabel()} or later (and not {ExcludedRelease.ToLabel()}). Use a later release, or scale instance groups with a custom automatic scaling policy instead.");
        }

        foreach (var application in spec.Applications)
        {
            var name = Array.Find(NotOnYarn, n => string.Equals(n, application.Name, StringComparison.OrdinalIgnoreCase));
            if (name is not null)
            {
                yield return Report(
                    PolicyPath,
                    $"The cluster uses managed scaling and runs {name}, which does not run on YARN: managed scaling decides by YARN's load and does not support {name}, so the cluster is not sized for its queries and may be shrunk under them. Run {name} on a cluster without managed scaling (fixed size, or a custom automatic scaling policy on a metric {name} drives).");
            }
        }
    }
}
