using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading;
using Xunit;

namespace EmrDsl.Tests.Dsl;

/// <summary>The typed constants are spelled the way EMR and EC2 spell them.</summary>
public sealed class CatalogTests
{
    [Fact]
    public void Instance_type_constants_match_family_and_member_name()
    {
        var families = typeof(InstanceTypes).GetNestedTypes();
        Assert.Contains(families, f => f.Name == "M6g");

        foreach (var family in families)
        {
            foreach (var field in family.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var size = field.Name == "Large" ? "large" : field.Name == "XLarge" ? "xlarge" : field.Name.Substring(1, field.Name.Length - 6) + "xlarge";
                Assert.Equal($"{family.Name.ToLowerInvariant()}.{size}", (string)field.GetRawConstantValue()!);
            }
        }

        Assert.Equal("m6g.2xlarge", InstanceTypes.M6g.X2Large);
    }

    [Fact]
    public void Release_constants_match_their_labels()
    {
        var fields = typeof(EmrRelease).GetFields(BindingFlags.Public | BindingFlags.Static);
        Assert.Contains(fields, f => f.Name == "Emr_7_2_0");

        foreach (var field in fields)
        {
            var label = (string)field.GetRawConstantValue()!;
            Assert.Matches(new Regex(@"^emr-[5-7]\.\d+\.\d+$"), label);
            Assert.Equal(label, "emr-" + field.Name.Substring(4).Replace('_', '.'));
        }
    }

    [Fact]
    public void Application_and_volume_constants_are_distinct_non_empty_strings()
    {
        foreach (var type in new[] { typeof(EmrApplication), typeof(VolumeType) })
        {
            var values = type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
            Assert.NotEmpty(values);
            Assert.All(values, v => Assert.False(string.IsNullOrWhiteSpace(v)));
            Assert.Equal(values.Count, values.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }

        Assert.Equal("Spark", EmrApplication.Spark);
        Assert.Equal("gp3", VolumeType.Gp3);
    }

    [Fact]
    public void Usd_bid_prices_are_invariant_whatever_the_current_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            // The test host runs with invariant globalization, so build a culture with a decimal comma by hand.
            var commaCulture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            commaCulture.NumberFormat.NumberDecimalSeparator = ",";
            Thread.CurrentThread.CurrentCulture = commaCulture;
            Assert.Equal("0,125", 0.125m.ToString(CultureInfo.CurrentCulture));
            Assert.Equal("0.125", BidPrice.Usd(0.125m));
            Assert.Equal("OnDemandPrice", BidPrice.OnDemandPrice);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }
}
