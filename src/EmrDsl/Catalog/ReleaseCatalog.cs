using System;
using System.Collections.Generic;
using System.Linq;

namespace EmrDsl.Catalog;

/// <summary>
/// The EMR on EC2 release labels this version of EmrDsl knows, with the lifecycle dates the EMR Release Guide
/// publishes for them. The data, and where each row comes from, is in <see cref="ReleaseLifecycleTable"/>.
/// </summary>
public static class ReleaseCatalog
{
    /// <summary>
    /// The day the catalog's data was read from the Release Guide; rules judge support status as of it by default,
    /// so results do not change with the clock.
    /// </summary>
    public static readonly DateTime CatalogDate = ReleaseLifecycleTable.ReadOn;

    private static readonly Dictionary<ReleaseVersion, ReleaseLifecycle> ByVersion =
        ReleaseLifecycleTable.Rows.ToDictionary(row => row.Version);

    /// <summary>Every known release, newest first, each with its lifecycle dates or null where they are unknown.</summary>
    public static IReadOnlyList<ReleaseLifecycle> Releases { get; } = ReleaseLifecycleTable.Rows;

    /// <summary>The newest release this catalog knows.</summary>
    public static ReleaseVersion Latest { get; } = ByVersion.Keys.Max();

    /// <summary><see cref="Latest"/> as a label (<c>emr-7.14.0</c>), the replacement messages suggest.</summary>
    public static string LatestLabel { get; } = Latest.ToLabel();

    public static bool IsKnown(ReleaseVersion version) => ByVersion.ContainsKey(version);

    /// <summary>The release's lifecycle dates, or null when the release is unknown or its dates are not in the catalog.</summary>
    public static LifecycleDates? Lifecycle(ReleaseVersion version) =>
        ByVersion.TryGetValue(version, out var release) ? release.Dates : null;
}
