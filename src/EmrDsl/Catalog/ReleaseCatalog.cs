using System;
using System.Collections.Generic;
using System.Linq;

namespace EmrDsl.Catalog;

/// <summary>
/// The EMR on EC2 release labels this version of EmrDsl knows, and when their standard support ends.
/// </summary>
/// <remarks>
/// Labels: the <c>ListReleaseLabels</c> answer for us-east-1 (as recorded in getmoto/moto,
/// moto/emr/resources/release-labels-us-east-1.json) plus emr-7.13.0 from the Release Guide. Labels AWS no
/// longer offers (emr-4.0.0, emr-4.1.0, emr-4.7.x, ...) are deliberately absent.
/// Support: the Release Guide's lifecycle tables give 24 months of standard support from the initial
/// release date (emr-7.3.0: 2024-10-16 to 2026-10-15; emr-7.9.0: 2025-05-19 to 2027-05-19; emr-7.13.0:
/// 2026-04-21 to 2028-04-21). Initial release dates are to the month except those checked to the day.
/// </remarks>
public static class ReleaseCatalog
{
    /// <summary>The date this catalog was last brought up to date; rules judge support status as of it by default.</summary>
    public static readonly DateTime CatalogDate = new(2026, 4, 21);

    /// <summary>Months of standard support after a release's initial release date.</summary>
    public const int StandardSupportMonths = 24;

    private static readonly string[] Labels =
    {
        "emr-7.13.0", "emr-7.12.0", "emr-7.11.0", "emr-7.10.0", "emr-7.9.0", "emr-7.8.0", "emr-7.7.0", "emr-7.6.0",
        "emr-7.5.0", "emr-7.4.0", "emr-7.3.0", "emr-7.2.0", "emr-7.1.0", "emr-7.0.0",
        "emr-6.15.0", "emr-6.14.0", "emr-6.13.0", "emr-6.12.0", "emr-6.11.1", "emr-6.11.0", "emr-6.10.1", "emr-6.10.0",
        "emr-6.9.1", "emr-6.9.0", "emr-6.8.1", "emr-6.8.0", "emr-6.7.0", "emr-6.6.0", "emr-6.5.0", "emr-6.4.0",
        "emr-6.3.1", "emr-6.3.0", "emr-6.2.1", "emr-6.2.0", "emr-6.1.1", "emr-6.1.0", "emr-6.0.1", "emr-6.0.0",
        "emr-5.36.2", "emr-5.36.1", "emr-5.36.0", "emr-5.35.0", "emr-5.34.0", "emr-5.33.1", "emr-5.33.0",
        "emr-5.32.1", "emr-5.32.0", "emr-5.31.1", "emr-5.31.0", "emr-5.30.2", "emr-5.30.1", "emr-5.30.0",
        "emr-5.29.0", "emr-5.28.1", "emr-5.28.0", "emr-5.27.1", "emr-5.27.0", "emr-5.26.0", "emr-5.25.0",
        "emr-5.24.1", "emr-5.24.0", "emr-5.23.1", "emr-5.23.0", "emr-5.22.0", "emr-5.21.2", "emr-5.21.1", "emr-5.21.0",
        "emr-5.20.1", "emr-5.20.0", "emr-5.19.1", "emr-5.19.0", "emr-5.18.1", "emr-5.18.0", "emr-5.17.2", "emr-5.17.1",
        "emr-5.17.0", "emr-5.16.1", "emr-5.16.0", "emr-5.15.1", "emr-5.15.0", "emr-5.14.2", "emr-5.14.1", "emr-5.14.0",
        "emr-5.13.1", "emr-5.13.0", "emr-5.12.3", "emr-5.12.2", "emr-5.12.1", "emr-5.12.0", "emr-5.11.4", "emr-5.11.3",
        "emr-5.11.2", "emr-5.11.1", "emr-5.11.0", "emr-5.10.1", "emr-5.10.0", "emr-5.9.1", "emr-5.9.0", "emr-5.8.3",
        "emr-5.8.2", "emr-5.8.1", "emr-5.8.0", "emr-5.7.1", "emr-5.7.0", "emr-5.6.1", "emr-5.6.0", "emr-5.5.4",
        "emr-5.5.3", "emr-5.5.2", "emr-5.5.1", "emr-5.5.0", "emr-5.4.1", "emr-5.4.0", "emr-5.3.2", "emr-5.3.1",
        "emr-5.3.0", "emr-5.2.3", "emr-5.2.2", "emr-5.2.1", "emr-5.2.0", "emr-5.1.1", "emr-5.1.0", "emr-5.0.3",
        "emr-5.0.0",
        "emr-4.9.6", "emr-4.9.5", "emr-4.9.4", "emr-4.9.3", "emr-4.9.2", "emr-4.9.1", "emr-4.8.5", "emr-4.8.4",
        "emr-4.8.3", "emr-4.8.2", "emr-4.6.0", "emr-4.5.0", "emr-4.4.0", "emr-4.3.0", "emr-4.2.0",
    };

    // Initial release of each minor line (year, month[, day]); patch releases share their line's date.
    private static readonly Dictionary<(int Major, int Minor), DateTime> LineReleased = new()
    {
        [(4, 2)] = new(2015, 11, 1), [(4, 3)] = new(2016, 1, 1), [(4, 4)] = new(2016, 3, 1), [(4, 5)] = new(2016, 4, 1),
        [(4, 6)] = new(2016, 4, 1), [(4, 8)] = new(2016, 8, 1), [(4, 9)] = new(2017, 3, 1),
        [(5, 0)] = new(2016, 7, 1), [(5, 1)] = new(2016, 11, 1), [(5, 2)] = new(2016, 11, 1), [(5, 3)] = new(2017, 1, 1),
        [(5, 4)] = new(2017, 3, 1), [(5, 5)] = new(2017, 4, 1), [(5, 6)] = new(2017, 6, 1), [(5, 7)] = new(2017, 7, 1),
        [(5, 8)] = new(2017, 8, 1), [(5, 9)] = new(2017, 10, 1), [(5, 10)] = new(2017, 11, 1), [(5, 11)] = new(2017, 12, 1),
        [(5, 12)] = new(2018, 3, 1), [(5, 13)] = new(2018, 4, 1), [(5, 14)] = new(2018, 6, 1), [(5, 15)] = new(2018, 7, 1),
        [(5, 16)] = new(2018, 7, 1), [(5, 17)] = new(2018, 8, 1), [(5, 18)] = new(2018, 10, 1), [(5, 19)] = new(2018, 11, 1),
        [(5, 20)] = new(2018, 12, 1), [(5, 21)] = new(2019, 2, 1), [(5, 22)] = new(2019, 4, 1), [(5, 23)] = new(2019, 4, 1),
        [(5, 24)] = new(2019, 6, 1), [(5, 25)] = new(2019, 7, 1), [(5, 26)] = new(2019, 8, 1), [(5, 27)] = new(2019, 9, 1),
        [(5, 28)] = new(2019, 11, 1), [(5, 29)] = new(2020, 1, 1), [(5, 30)] = new(2020, 5, 1), [(5, 31)] = new(2020, 10, 1),
        [(5, 32)] = new(2021, 1, 1), [(5, 33)] = new(2021, 6, 1), [(5, 34)] = new(2022, 1, 1), [(5, 35)] = new(2022, 3, 1),
        [(5, 36)] = new(2022, 6, 1),
        [(6, 0)] = new(2020, 3, 1), [(6, 1)] = new(2020, 9, 1), [(6, 2)] = new(2020, 12, 1), [(6, 3)] = new(2021, 4, 1),
        [(6, 4)] = new(2021, 9, 1), [(6, 5)] = new(2022, 1, 1), [(6, 6)] = new(2022, 4, 1), [(6, 7)] = new(2022, 7, 1),
        [(6, 8)] = new(2022, 9, 1), [(6, 9)] = new(2022, 11, 1), [(6, 10)] = new(2023, 3, 1), [(6, 11)] = new(2023, 6, 1),
        [(6, 12)] = new(2023, 7, 1), [(6, 13)] = new(2023, 9, 1), [(6, 14)] = new(2023, 10, 1), [(6, 15)] = new(2023, 11, 1),
        [(7, 0)] = new(2023, 12, 1), [(7, 1)] = new(2024, 3, 1), [(7, 2)] = new(2024, 7, 1), [(7, 3)] = new(2024, 10, 16),
        [(7, 4)] = new(2024, 11, 13), [(7, 5)] = new(2024, 12, 1), [(7, 6)] = new(2025, 1, 1), [(7, 7)] = new(2025, 2, 1),
        [(7, 8)] = new(2025, 3, 1), [(7, 9)] = new(2025, 5, 19), [(7, 10)] = new(2025, 7, 1), [(7, 11)] = new(2025, 10, 1),
        [(7, 12)] = new(2025, 12, 1), [(7, 13)] = new(2026, 4, 21),
    };

    private static readonly HashSet<ReleaseVersion> Known = new(Labels.Select(Parse));

    /// <summary>The newest release this catalog knows.</summary>
    public static ReleaseVersion Latest { get; } = Known.Max();

    /// <summary><see cref="Latest"/> as a label (<c>emr-7.13.0</c>), the replacement messages suggest.</summary>
    public static string LatestLabel { get; } = Latest.ToLabel();

    public static bool IsKnown(ReleaseVersion version) => Known.Contains(version);

    /// <summary>The last day of standard support for the release's line, or null when the line is not in the catalog.</summary>
    public static DateTime? StandardSupportEnds(ReleaseVersion version) =>
        LineReleased.TryGetValue((version.Major, version.Minor), out var released) ? released.AddMonths(StandardSupportMonths) : null;

    private static ReleaseVersion Parse(string label) =>
        ReleaseVersion.TryParseLabel(label, out var version) ? version : throw new InvalidOperationException("Bad catalog label " + label);
}
