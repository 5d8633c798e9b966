using System;

namespace EmrDsl.Catalog;

/// <summary>
/// The four dates of a release's "supported lifecycle" table in the EMR Release Guide, each as printed there.
/// </summary>
/// <param name="InitialRelease">"Initial release date".</param>
/// <param name="StandardSupportUntil">"Standard support until": the last day of standard support.</param>
/// <param name="EndOfSupport">"End of support": the first day without standard support.</param>
/// <param name="EndOfLife">"End of life".</param>
public sealed record LifecycleDates(DateTime InitialRelease, DateTime StandardSupportUntil, DateTime EndOfSupport, DateTime EndOfLife);

/// <summary>A release label the catalog knows, with its lifecycle dates when its Release Guide page has the table.</summary>
/// <param name="Version">The release.</param>
/// <param name="Dates">Null when EmrDsl has not read a lifecycle table for the release: its support status is unknown, not assumed.</param>
public sealed record ReleaseLifecycle(ReleaseVersion Version, LifecycleDates? Dates);
