using EmrDsl.Model;
using EmrDsl.Rules;
using Xunit;
using static EmrDsl.Tests.Rules.Specs;

namespace EmrDsl.Tests.Rules;

public sealed class HardCodedCredentialRuleTests
{
    private const string AccessKey = "AKIAIOSFODNN7EXAMPLE";
    private const string Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private readonly HardCodedCredentialRule _rule = new();

    [Fact]
    public void Access_key_in_step_args_is_reported_without_echoing_it()
    {
        var spec = Clean() with { Steps = new[] { Step("copy", null, "s3-dist-cp", "--s3ServerSideEncryption", "--accessKey=" + AccessKey) }.ToEquatableArray() };
        var finding = Single(_rule, spec, "Steps[0].HadoopJarStep.Args[2]");
        Assert.Contains("AKIA...", finding.Message);
        Assert.DoesNotContain(AccessKey, finding.Message);
    }

    [Fact]
    public void Secret_in_configuration_property_is_reported_without_echoing_it()
    {
        var spec = Clean() with
        {
            Configurations = new[] { new ConfigurationSpec { Classification = "core-site", Properties = new[] { new MapEntry("fs.s3a.secret.key", Secret) }.ToEquatableArray() } }.ToEquatableArray(),
        };
        var finding = Single(_rule, spec, "Configurations[0].Properties.fs.s3a.secret.key");
        Assert.Contains("wJal...", finding.Message);
        Assert.DoesNotContain(Secret, finding.Message);
    }

    [Fact]
    public void Secret_following_its_name_in_bootstrap_args_is_reported()
    {
        var spec = Clean() with
        {
            BootstrapActions = new[]
            {
                new BootstrapActionSpec { Name = "creds", ScriptBootstrapAction = new ScriptBootstrapActionSpec { Path = "s3://b/x.sh", Args = new[] { "--aws_secret_access_key", Secret }.ToEquatableArray() } },
            }.ToEquatableArray(),
        };
        Single(_rule, spec, "BootstrapActions[0].ScriptBootstrapAction.Args[1]");
    }

    [Theory]
    [InlineData("AWS_SECRET_ACCESS_KEY=" + Secret)]
    [InlineData("spark.hadoop.fs.s3a.secret.key=" + Secret)]
    [InlineData("--conf Fs.S3a.Secret.Key=" + Secret)]
    public void Secret_names_match_in_any_case_alone_or_as_the_last_dotted_part(string arg)
    {
        Single(_rule, Clean() with { Steps = new[] { Step("s", null, arg) }.ToEquatableArray() }, "Steps[0].HadoopJarStep.Args[0]");
    }

    [Theory]
    [InlineData("mysecret.key=" + Secret)]
    [InlineData("AKIAIOSFODNN7EXAMPLEX")]
    [InlineData("xAKIAIOSFODNN7EXAMPLE")]
    [InlineData("AKIAshort")]
    [InlineData("fs.s3a.secret.key=short")]
    [InlineData("s3://bucket/wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")]
    public void Near_misses_are_not_reported(string arg)
    {
        Assert.Empty(Findings(_rule, Clean() with { Steps = new[] { Step("s", null, arg) }.ToEquatableArray() }));
    }
}
