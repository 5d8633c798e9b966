using System;
using System.Collections.Generic;
using System.Globalization;
using EmrDsl.Catalog;
using EmrDsl.Model;
using EmrDsl.Rules.Support;

namespace EmrDsl.Rules;

/// <summary>EMR009: release labels EMR no longer supports, and instance types the release cannot run.</summary>
public sealed class UnsupportedReleaseOrInstanceTypeRule : ClusterRule
{
    // Source: Release Guide, "Amazon EMR 2.x and 3.x AMI versions": from 2023-12-04 clusters cannot be created with 3.10 and lower.
    private const string AmiVersionMessage =
        "The cluster uses AmiVersion {0}: EMR 2.x and 3.x AMI versions are not recommended, and since 2023-12-04 clusters cannot be created with 3.10 or lower. Replace AmiVersion with a current ReleaseLabel such as {1}.";

    public UnsupportedReleaseOrInstanceTypeRule()
        : base(RuleIds.UnsupportedReleaseOrInstanceType, "Release or instance type unknown or unsupported", FindingSeverity.Warning, RuleCategory.Operations)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        var latest = ReleaseCatalog.LatestLabel;
        if (spec.AmiVersion is { } ami && spec.ReleaseLabel is null)
        {
            yield return Report("AmiVersion", string.Format(CultureInfo.InvariantCulture, AmiVersionMessage, ami, latest));
        }

        ReleaseVersion? release = null;
        // A templated label ({{ var.value.release }}) is known only once Airflow renders it: nothing to check against.
        if (spec.ReleaseLabel is { } label && !TemplatePlaceholders.In(label))
        {
            if (!ReleaseVersion.TryParseLabel(label, out var version))
            {
                yield return Report("ReleaseLabel", $"ReleaseLabel '{label}' is not an EMR release label; write it as emr-<major>.<minor>.<patch>, for example {latest}.");
            }
            else
            {
                release = version;
                var problem = ReleaseProblem(version, context.EvaluationDate ?? ReleaseCatalog.CatalogDate, latest);
                if (problem is not null)
                {
                    yield return Report("ReleaseLabel", problem);
                }
            }
        }

        foreach (var named in ClusterNodes.InstanceTypes(spec))
        {
            var problem = InstanceTypeProblem(named.Value, release);
            if (problem is not null)
            {
                yield return Report(named.Path, problem);
            }
        }
    }

    private static string? ReleaseProblem(ReleaseVersion version, DateTime asOf, string latest)
    {
        if (version > ReleaseCatalog.Latest)
        {
            return $"ReleaseLabel {version.ToLabel()} is newer than the releases this EmrDsl version knows (up to {latest}); check the label in the EMR Release Guide or update EmrDsl.";
        }

        if (!ReleaseCatalog.IsKnown(version))
        {
            return $"ReleaseLabel {version.ToLabel()} is not a release EMR offers (it is unknown or withdrawn). Use a listed release such as {latest}.";
        }

        // Judged only on the dates the release's own lifecycle table gives; a release without them is not guessed at.
        var day = asOf.Date;
        if (ReleaseCatalog.Lifecycle(version) is not { } dates || day <= dates.StandardSupportUntil)
        {
            return null;
        }

        var status = day >= dates.EndOfLife
            ? $"reached end of life on {Day(dates.EndOfLife)}"
            : $"left standard support after {Day(dates.StandardSupportUntil)} (end of support {Day(dates.EndOfSupport)}, end of life {Day(dates.EndOfLife)})";
        return $"ReleaseLabel {version.ToLabel()} {status}, per its lifecycle table in the EMR Release Guide: it gets no security or bug fixes. Move to a supported release such as {latest}.";
    }

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? InstanceTypeProblem(string name, ReleaseVersion? release)
    {
        if (InstanceTypeCatalog.Find(name) is not { } type)
        {
            return $"Instance type '{name}' is not in EmrDsl's instance catalog: check the spelling (family.size, for example m5.xlarge) and that EMR supports it in your Region.";
        }

        if (release is not { } version || !type.IsGraviton)
        {
            return null;
        }

        var first = InstanceTypeCatalog.FirstSupportingRelease(type.GravitonGeneration, version.Major);
        if (first is { } minimum && version >= minimum)
        {
            return null;
        }

        var requirement = first is { } needed ? $"{needed.ToLabel()} or later" : "a later major release";
        return $"Instance type '{name}' (Graviton{type.GravitonGeneration.ToString(CultureInfo.InvariantCulture)}) is not supported by {version.ToLabel()}; it needs {requirement}. Upgrade ReleaseLabel or use an x86 type of the same size (m5, c5, r5 families).";
    }
}
