using EmrDsl.Model;

namespace EmrDsl;

/// <summary>What software the cluster runs: release label, applications, AMI and OS release.</summary>
public sealed partial class Cluster
{
    /// <summary>The EMR release label, e.g. <c>.Release(EmrRelease.Emr_7_2_0)</c> or <c>.Release("emr-7.2.0")</c>.</summary>
    public Cluster Release(string releaseLabel) =>
        With(s => s with { ReleaseLabel = Require.ReleaseLabel(releaseLabel, nameof(releaseLabel)) });

    /// <summary>Installs applications by name, e.g. <c>.Applications(EmrApplication.Spark, EmrApplication.Hive)</c>.</summary>
    public Cluster Applications(params string[] names)
    {
        var result = this;
        foreach (var name in Require.NonEmptyItems(names, nameof(names), "application names"))
        {
            result = result.Application(name);
        }

        return result;
    }

    /// <summary>
    /// Installs one application, optionally pinned to a version and with arguments. Naming an application
    /// again replaces it (EMR compares application names without case).
    /// </summary>
    public Cluster Application(string name, string? version = null, params string[] args)
    {
        var application = new ApplicationSpec
        {
            Name = Require.NonEmpty(name, nameof(name), "An application name"),
            Version = version is null ? null : Require.NonEmpty(version, nameof(version), "An application version"),
            Args = args is { Length: > 0 } ? Require.NonEmptyItems(args, nameof(args), "application arguments") : default,
        };
        return With(s => s with { Applications = Upsert(s.Applications, application, a => string.Equals(a.Name, name, System.StringComparison.OrdinalIgnoreCase)) });
    }

    /// <summary>A custom Amazon Linux AMI for every node (<c>CustomAmiId</c>, EMR 5.7.0 and later).</summary>
    public Cluster CustomAmi(string amiId) =>
        With(s => s with { CustomAmiId = Require.NonEmpty(amiId, nameof(amiId), "A custom AMI id") });

    /// <summary>Pins the Amazon Linux release of all nodes (<c>OSReleaseLabel</c>), e.g. <c>"2023.4.20240611.0"</c>.</summary>
    public Cluster OsReleaseLabel(string label) =>
        With(s => s with { OSReleaseLabel = Require.NonEmpty(label, nameof(label), "An OS release label") });

    /// <summary>Whether nodes apply Amazon Linux security updates on boot (applies with a custom AMI).</summary>
    public Cluster RepoUpgradeOnBoot(RepoUpgradeOnBoot upgrade) =>
        With(s => s with { RepoUpgradeOnBoot = upgrade });

    /// <summary>Replaces the first item matching <paramref name="same"/>, or appends: how named parts are overridden.</summary>
    private static EquatableArray<T> Upsert<T>(EquatableArray<T> items, T item, System.Predicate<T> same)
    {
        var index = items.FindIndex(same);
        return index < 0 ? items.Add(item) : items.SetItem(index, item);
    }
}
