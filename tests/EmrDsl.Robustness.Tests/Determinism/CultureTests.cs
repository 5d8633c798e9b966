using System.Globalization;

namespace EmrDsl.Robustness.Tests.Determinism;

/// <summary>Payloads and generated code must not depend on the culture of the machine that builds or runs them.</summary>
public sealed class CultureTests
{
    public static TheoryData<string> Cultures() => new() { "de-DE", "tr-TR" };

    [Fact]
    public void The_cultures_really_load_with_their_own_rules()
    {
        using (CultureScope.Enter("de-DE"))
        {
            Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
            Assert.Equal("1,5", 1.5.ToString());
        }

        using (CultureScope.Enter("tr-TR"))
        {
            Assert.Equal("ı", "I".ToLower());
            Assert.Equal("İ", "i".ToUpper());
        }

        Assert.Equal("1.5", 1.5.ToString());
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Payloads_are_the_same_in_any_culture(string culture)
    {
        var invariant = Payloads.Write(Payloads.Sample());

        using (CultureScope.Enter(culture))
        {
            Assert.Equal(invariant, Payloads.Write(Payloads.Sample()));
        }

        Assert.Contains("\"BidPrice\": \"0.35\"", invariant[0]);
        Assert.Contains("etl_import_index", invariant[1]);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Generated_sources_are_the_same_in_any_culture(string culture)
    {
        var invariant = Payloads.Generate();

        using (CultureScope.Enter(culture))
        {
            Assert.Equal(invariant, Payloads.Generate());
        }

        // The culture-sensitive name ends up in the manifest literal, its quotes escaped.
        Assert.Contains(invariant, source => source.Contains("\\\"etl-1.5-2.25-index\\\"", System.StringComparison.Ordinal));
    }
}
