namespace EmrDsl.Generators.Tests.Catalogue;

public sealed class RefusedPatternTests
{
    [Theory]
    [MemberData(nameof(RefusedPatterns.All), MemberType = typeof(RefusedPatterns))]
    public void The_pattern_is_refused_at_the_exact_expression_with_what_to_do_instead(RefusedPattern pattern)
    {
        var outcome = GeneratorHarness.Run(pattern.Source);

        var diagnostic = outcome.Single(pattern.Id);
        Assert.Equal(pattern.At, outcome.TextAt(diagnostic.Location));
        Assert.Contains(pattern.Reason, diagnostic.GetMessage());
        Assert.Empty(outcome.Result.GeneratedSources);
    }
}
