using System;
using System.Globalization;
using System.Linq;

namespace EmrDsl.Catalog;

// Release data, newest first, read on 2026-12-03 and 2026-12-04.
//
// Dates: the "supported lifecycle" table at the top of each release's page in the Amazon EMR Release Guide,
// https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-<major><minor><patch>-release.html (emr-7140-release.html
// for emr-7.14.0). The English page was read for emr-7.14.0; for the others the machine-translated copies of the same
// page (de_de, fr_fr, es_es, it_it, pt_br, zh_cn; zh_cn also as docs.amazonaws.cn/emr/latest/ReleaseGuide/<page>.md)
// were read, which print the same table; the row comment names the page and the copies.
// Only those rows carry dates. Every other label has none (Undated) and its comment says why: its page, as read, has
// no lifecycle table (emr-6150-release in en and de_de, emr-710-release in es_es and it_it, and the 5.x and 4.x pages
// read, such as emr-5200-release, emr-5111-release, emr-502-release and emr-472-release, go straight to the
// application versions), or no copy of its page with the table could be found. Those releases stay unknown and are
// never given a date by arithmetic.
//
// Labels: the ListReleaseLabels answer for us-east-1 as recorded in getmoto/moto
// (moto/emr/resources/release-labels-us-east-1.json), which runs up to emr-7.12.0, plus emr-7.13.0 and emr-7.14.0 from
// their Release Guide pages. Labels the Release Guide documents but ListReleaseLabels no longer offers (emr-4.0.0,
// emr-4.1.0, emr-4.7.0 to emr-4.7.4, emr-4.8.0, emr-5.0.2) are deliberately absent: EMR009 reports them as withdrawn.
internal static class ReleaseLifecycleTable
{
    /// <summary>The day the catalog was read from the Release Guide (emr-7.7.0 was added the day after, changing no judgement).</summary>
    public static readonly DateTime ReadOn = new(2026, 12, 3);

    public static readonly ReleaseLifecycle[] Rows = new[]
    {
        Dated("emr-7.14.0", "2026-09-08", "2028-09-08", "2028-09-09", "2029-09-08"), // emr-7140-release (en, zh_cn)
        Dated("emr-7.13.0", "2026-04-21", "2028-04-21", "2028-04-22", "2029-04-21"), // emr-7130-release (de_de, fr_fr, it_it, pt_br, zh_cn)
        Undated("emr-7.12.0", "emr-7.11.0"), // no copy of emr-7120-release or emr-7110-release with the table found
        Dated("emr-7.10.0", "2025-08-15", "2027-08-15", "2027-08-16", "2028-08-15"), // emr-7100-release (fr_fr)
        Dated("emr-7.9.0", "2025-05-19", "2027-05-19", "2027-05-20", "2028-05-19"), // emr-790-release (es_es)
        Undated("emr-7.8.0"), // no copy of emr-780-release with the table found
        Dated("emr-7.7.0", "2025-02-06", "2027-02-05", "2027-02-06", "2028-02-06"), // emr-770-release (zh_cn, docs.amazonaws.cn .md)
        Undated("emr-7.6.0"), // no copy of emr-760-release with the table found
        Dated("emr-7.5.0", "2024-11-21", "2026-11-20", "2026-11-21", "2027-11-21"), // emr-750-release (de_de, es_es, fr_fr)
        Dated("emr-7.4.0", "2024-11-13", "2026-11-12", "2026-11-13", "2027-11-13"), // emr-740-release (de_de, es_es, fr_fr, it_it, pt_br)
        Dated("emr-7.3.0", "2024-10-16", "2026-10-15", "2026-10-16", "2027-10-16"), // emr-730-release (de_de, es_es, it_it, pt_br)
        Undated("emr-7.2.0"), // no copy of emr-720-release with the table found
        Undated("emr-7.1.0"), // emr-710-release (es_es, it_it): no lifecycle table
        Undated("emr-7.0.0"), // no copy of emr-700-release with the table found
        // emr-6150-release (en, de_de): no lifecycle table; the other 6.x pages were not found with one.
        Undated(
            "emr-6.15.0", "emr-6.14.0", "emr-6.13.0", "emr-6.12.0", "emr-6.11.1", "emr-6.11.0", "emr-6.10.1", "emr-6.10.0",
            "emr-6.9.1", "emr-6.9.0", "emr-6.8.1", "emr-6.8.0", "emr-6.7.0", "emr-6.6.0", "emr-6.5.0", "emr-6.4.0",
            "emr-6.3.1", "emr-6.3.0", "emr-6.2.1", "emr-6.2.0", "emr-6.1.1", "emr-6.1.0", "emr-6.0.1", "emr-6.0.0"),
        // The 5.x pages read have no lifecycle table.
        Undated(
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
            "emr-5.0.0"),
        Undated(
            "emr-4.9.6", "emr-4.9.5", "emr-4.9.4", "emr-4.9.3", "emr-4.9.2", "emr-4.9.1", "emr-4.8.5", "emr-4.8.4",
            "emr-4.8.3", "emr-4.8.2", "emr-4.6.0", "emr-4.5.0", "emr-4.4.0", "emr-4.3.0", "emr-4.2.0"),
    }.SelectMany(rows => rows).ToArray();

    private static ReleaseLifecycle[] Dated(string label, string initialRelease, string standardSupportUntil, string endOfSupport, string endOfLife) =>
        new[]
        {
            new ReleaseLifecycle(
                Version(label),
                new LifecycleDates(Day(initialRelease), Day(standardSupportUntil), Day(endOfSupport), Day(endOfLife))),
        };

    private static ReleaseLifecycle[] Undated(params string[] labels) =>
        labels.Select(label => new ReleaseLifecycle(Version(label), null)).ToArray();

    private static ReleaseVersion Version(string label) =>
        ReleaseVersion.TryParseLabel(label, out var version) ? version : throw new InvalidOperationException("Bad release label in the lifecycle table: " + label);

    private static DateTime Day(string isoDate) =>
        DateTime.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None);
}
