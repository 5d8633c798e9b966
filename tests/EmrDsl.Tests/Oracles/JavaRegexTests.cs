using System.Collections.Generic;
using System.Linq;
using EmrDsl.Testing.Oracles;
using Xunit;

namespace EmrDsl.Tests.Oracles;

/// <summary>The botocore patterns are Java regular expressions; these pin down the translation to .NET.</summary>
public sealed class JavaRegexTests
{
    private const string XmlString = @"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\r\n\t]*";
    private const string UriString = @"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDBFF-\uDC00\uDFFF\r\n\t]*";

    public static IEnumerable<object[]> ModelPatterns() =>
        new[] { ServiceModel.Emr, ServiceModel.EmrServerless }
            .SelectMany(model => model.Shapes.Where(s => s.Pattern is not null).Select(s => new object[] { model.File, s.Name }));

    [Theory]
    [MemberData(nameof(ModelPatterns))]
    public void Every_pattern_of_both_models_compiles(string file, string shape)
    {
        var pattern = ServiceModel.Load(file).Shape(shape).Pattern!;

        _ = JavaRegex.Compile(pattern);
    }

    [Fact]
    public void Both_models_have_patterns() =>
        Assert.True(ModelPatterns().Count(row => (string)row[0] == ServiceModel.Emr.File) >= 3 && ModelPatterns().Count() > 30);

    [Theory]
    [InlineData("s3://bucket/logs/")]
    [InlineData("tab\tand newline\n")]
    [InlineData("emoji \U0001F600 beyond U+FFFF")]
    [InlineData("")]
    public void Escaped_surrogate_pair_range_is_the_supplementary_code_points(string value) =>
        Assert.True(JavaRegex.IsFullMatch(XmlString, value));

    [Fact]
    public void Characters_outside_the_xml_range_do_not_match()
    {
        Assert.False(JavaRegex.IsFullMatch(XmlString, "bell \u0007"));
        Assert.False(JavaRegex.IsFullMatch(XmlString, "lone high surrogate \uD83D"));
        Assert.False(JavaRegex.IsFullMatch(XmlString, "\uDE00 lone low surrogate"));
    }

    [Fact]
    public void Lone_surrogate_escapes_stay_single_units_as_in_java()
    {
        Assert.True(JavaRegex.IsFullMatch(UriString, "s3://bucket/key"));
        Assert.False(JavaRegex.IsFullMatch(UriString, "s3://bucket/\U0001F600"));
    }

    [Theory]
    [InlineData(@"[\w]+", "abc_09", true)]
    [InlineData(@"[\w]+", "caf\u00E9", false)]
    [InlineData(@"\d+", "\u0663", false)]
    [InlineData(@"\s", "\u00A0", false)]
    [InlineData(@"\p{Alpha}+", "abcXYZ", true)]
    [InlineData(@"\p{Alpha}+", "\u00E9", false)]
    [InlineData(@"\P{Digit}", "a", true)]
    [InlineData(@"[\p{L}0-9]+", "\u00E9t\u00E99", true)]
    [InlineData(@"\x{1F600}", "\U0001F600", true)]
    [InlineData(@"\Qa.b\E", "a.b", true)]
    [InlineData(@"\Qa.b\E", "axb", false)]
    [InlineData(@".*\S.*", "  x  ", true)]
    [InlineData(@".*\S.*", "   ", false)]
    [InlineData(@".+", "a\rb", false)]
    [InlineData(@"[0-9a-z]+", "abc", true)]
    [InlineData(@"[0-9a-z]+", "abc!", false)]
    [InlineData(@"(?:ab)+", "abab", true)]
    [InlineData(@"a{2,3}", "aaa", true)]
    public void Java_semantics_are_kept(string pattern, string value, bool matches) =>
        Assert.Equal(matches, JavaRegex.IsFullMatch(pattern, value));

    [Theory]
    [InlineData(@"[a-z&&[^aeiou]]")]
    [InlineData(@"\p{IsLatin}")]
    public void Java_constructs_without_a_dotnet_equivalent_are_refused(string pattern) =>
        Assert.Throws<System.NotSupportedException>(() => JavaRegex.Compile(pattern));
}
