using System.Collections.Generic;
using System.Linq;
using EmrDsl.Containers;
using EmrDsl.Model;
using EmrDsl.Rules;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Containers;

/// <summary>The EMR on EKS rules: each reports its case with a StartJobRun path and stays quiet on the near miss; every run checked is a valid request.</summary>
public sealed class EksRuleTests
{
    private const string Vc = EksJobRunSnapshotTests.VirtualClusterId;
    private const string Role = EksJobRunSnapshotTests.Role;

    /// <summary>A run no rule reports: a documented label, logs in S3, no streaming, no sizes.</summary>
    private static readonly EksJobRun Clean = EksJobRun.Create(Vc, Role, "emr-7.2.0-latest")
        .Named("clean")
        .SparkSubmit(SparkJob.For("s3://my-bucket/jobs/etl.py").Args("--date", "2026-04-25"))
        .Monitoring(s3LogUri: "s3://my-logs/eks/");

    private static readonly RuleContext EightByThirtyTwo = new() { EksNodeSize = new EksNodeSize(8, 32) };

    private static IReadOnlyList<Finding> Validate(EksJobRun run, RuleContext? context = null)
    {
        PayloadOracle.AssertValid(run.ToStartJobRunJson(), PayloadKind.EksStartJobRun);
        return run.Validate(context);
    }

    private static EksJobRun WithJob(SparkJob job) => Clean.SparkSubmit(job);

    [Fact]
    public void The_clean_run_is_clean() => Assert.Empty(Validate(Clean, EightByThirtyTwo));

    [Theory]
    [InlineData("emr-7.2.0-latest")]
    [InlineData("emr-6.15.0-20231109")]
    [InlineData("emr-5.32.0-latest")]
    [InlineData("emr-6.10.0-java11-latest")]
    [InlineData("emr-6.10.0-spark-rapids-20230624")]
    public void Documented_release_labels_are_not_reported(string label) =>
        Assert.Empty(Validate(EksJobRun.FromSpec(Clean.Spec with { ReleaseLabel = label })));

    [Theory]
    [InlineData("emr-7.2.0", "is the EMR on EC2 form", "Use 'emr-7.2.0-latest'")]
    [InlineData("emr-7.2.0-beta", "is not an EMR on EKS release label", "emr-<major>.<minor>.<patch>-latest")]
    [InlineData("7.2.0-latest", "is not an EMR on EKS release label", "'emr-7.2.0-latest'")]
    [InlineData("emr-6.10.0-Java11-latest", "is not an EMR on EKS release label", "image variant")]
    [InlineData("emr-6.1.0-latest", "EMR on EKS never ran", "emr-6.2.0 in 6.x")]
    [InlineData("emr-5.31.0-latest", "EMR on EKS never ran", "emr-5.32.0 in 5.x")]
    public void Release_labels_EMR_on_EKS_does_not_document_are_reported(string label, string what, string fix)
    {
        var finding = Assert.Single(Validate(EksJobRun.FromSpec(Clean.Spec with { ReleaseLabel = label })));

        Assert.Equal(("EMR050", "releaseLabel"), (finding.Id, finding.Path));
        Assert.Contains(what, finding.Message);
        Assert.Contains(fix, finding.Message);
    }

    [Fact]
    public void A_run_from_a_template_without_a_label_is_not_judged_on_its_label() =>
        Assert.DoesNotContain(EksRuleSet.RunJobRun(Clean.Spec with { ReleaseLabel = null, JobTemplateId = "t1" }), f => f.Id == "EMR050");

    [Fact]
    public void Logs_kept_only_in_the_pods_are_reported()
    {
        var bare = EksJobRun.Create(Vc, Role, "emr-7.2.0-latest").SparkSubmit(SparkJob.For("s3://my-bucket/jobs/etl.py"));

        var finding = Assert.Single(Validate(bare));
        Assert.Equal(("EMR051", string.Empty), (finding.Id, finding.Path));
        Assert.Contains(".Monitoring(s3LogUri:", finding.Message);

        var uiOff = Assert.Single(Validate(bare.Monitoring(persistentAppUI: false)));
        Assert.Equal("configurationOverrides.monitoringConfiguration", uiOff.Path);
        Assert.Contains("persistent application UI is disabled too", uiOff.Message);

        Assert.Empty(Validate(bare.Monitoring(cloudWatchLogGroup: "/emr-on-eks/etl")));
        Assert.Empty(Validate(bare.Monitoring(s3LogUri: "s3://my-logs/eks/", persistentAppUI: false)));
        Assert.Empty(EksRuleSet.RunJobRun(bare.Spec with { JobTemplateId = "t1" }));
    }

    [Fact]
    public void A_CPU_limit_below_the_request_is_reported_from_the_request_alone()
    {
        var run = WithJob(SparkJob.For("s3://my-bucket/jobs/etl.py").Executors(cores: 4).Conf("spark.kubernetes.executor.limit.cores", "2"));

        var finding = Assert.Single(Validate(run));
        Assert.Equal(("EMR052", "jobDriver.sparkSubmitJobDriver.sparkSubmitParameters"), (finding.Id, finding.Path));
        Assert.Contains("spark.kubernetes.executor.limit.cores=2 is below the 4 CPU (spark.executor.cores=4)", finding.Message);

        Assert.Empty(Validate(WithJob(SparkJob.For("s3://my-bucket/jobs/etl.py").Executors(cores: 4).Conf("spark.kubernetes.executor.limit.cores", "4"))));
        Assert.Empty(Validate(WithJob(SparkJob.For("s3://my-bucket/jobs/etl.py").Executors(cores: 4)
            .Conf("spark.kubernetes.executor.request.cores", "1500m").Conf("spark.kubernetes.executor.limit.cores", "2"))));
    }

    [Fact]
    public void A_limit_below_the_default_core_is_reported_at_the_spark_defaults_property()
    {
        var run = Clean.ConfigurationOverrides(Classifications.SparkDefaults(s => s.Set("spark.kubernetes.driver.limit.cores", "500m")));

        var finding = Assert.Single(Validate(run));
        Assert.Equal("configurationOverrides.applicationConfiguration[0].properties.spark.kubernetes.driver.limit.cores", finding.Path);
        Assert.Contains("1 CPU (spark.driver.cores' default)", finding.Message);
    }

    [Fact]
    public void Pods_larger_than_a_node_are_reported_only_when_the_node_size_is_given()
    {
        var big = WithJob(SparkJob.For("s3://my-bucket/jobs/etl.py").Executors(cores: 16, memory: Memory.Gigabytes(30)));

        Assert.Empty(Validate(big));
        var findings = Validate(big, EightByThirtyTwo);
        Assert.Equal(new[] { "EMR052", "EMR052" }, findings.Select(f => f.Id));
        Assert.Contains("requests 16 CPU (spark.executor.cores=16), more than a node of the namespace has (8 vCPU", findings[0].Message);
        Assert.Contains("asks for 33792 MiB (spark.executor.memory 30g plus 3072 MiB overhead), more than a node of the namespace has (32768 MiB", findings[1].Message);

        Assert.Empty(Validate(WithJob(SparkJob.For("s3://my-bucket/jobs/etl.py").Executors(cores: 8, memory: Memory.Gigabytes(28))), EightByThirtyTwo));
    }

    [Fact]
    public void An_explicit_memory_overhead_counts_instead_of_the_factor()
    {
        var run = WithJob(SparkJob.For("s3://my-bucket/jobs/etl.py").Executors(cores: 4, memory: Memory.Gigabytes(28)).Conf("spark.executor.memoryOverhead", "6g"));

        Assert.Contains("plus 6144 MiB overhead", Assert.Single(Validate(run, EightByThirtyTwo)).Message);
    }

    [Theory]
    [InlineData("spark.sql.streaming.stateStore.providerClass", "it sets spark.sql.streaming.stateStore.providerClass")]
    [InlineData("spark.streaming.backpressure.enabled", "it sets spark.streaming.backpressure.enabled")]
    public void A_streaming_run_without_retries_is_reported(string property, string sign)
    {
        var run = WithJob(SparkJob.For("s3://my-bucket/jobs/stream.py").Conf(property, "true"));

        var finding = Assert.Single(Validate(run));
        Assert.Equal(("EMR053", "retryPolicyConfiguration"), (finding.Id, finding.Path));
        Assert.Contains(sign, finding.Message);
        Assert.Empty(Validate(run.Retry(maxAttempts: 5)));
    }

    [Fact]
    public void A_streaming_connector_marks_the_run_as_streaming()
    {
        var run = WithJob(SparkJob.For("s3://my-bucket/jobs/stream.py").Packages("org.apache.spark:spark-sql-kafka-0-10_2.12:3.5.0"));

        Assert.Contains("spark.jars.packages has the spark-sql-kafka connector", Assert.Single(Validate(run)).Message);
        Assert.Empty(Validate(WithJob(SparkJob.For("s3://my-bucket/jobs/etl.py").Packages("io.delta:delta-spark_2.12:3.1.0"))));
    }

    [Fact]
    public void Credentials_are_reported_as_EMR011_at_their_StartJobRun_path()
    {
        var run = WithJob(SparkJob.For("s3://my-bucket/jobs/copy.py").Args("--source", "s3://in/", "AKIAIOSFODNN7EXAMPLE"))
            .ConfigurationOverrides(Classifications.SparkDefaults(s => s.Set("spark.hadoop.fs.s3a.secret.key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")));

        var findings = Validate(run);
        Assert.Equal(
            new[] { "jobDriver.sparkSubmitJobDriver.entryPointArguments[2]", "configurationOverrides.applicationConfiguration[0].properties.spark.hadoop.fs.s3a.secret.key" },
            findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal(RuleIds.HardCodedCredential, f.Id));
        Assert.All(findings, f => Assert.Contains("execution role", f.Message));
        Assert.All(findings, f => Assert.DoesNotContain("EXAMPLE", f.Message));
    }

    [Fact]
    public void A_credential_in_the_parameter_string_is_reported_at_the_string()
    {
        var run = WithJob(SparkJob.For("s3://my-bucket/jobs/copy.py").Conf("spark.hadoop.fs.s3a.access.key", "AKIAIOSFODNN7EXAMPLE"));

        Assert.Equal("jobDriver.sparkSubmitJobDriver.sparkSubmitParameters", Assert.Single(Validate(run)).Path);
        Assert.Empty(Validate(WithJob(SparkJob.For("s3://my-bucket/jobs/copy.py").Conf("spark.hadoop.fs.s3a.aws.credentials.provider", "com.amazonaws.auth.WebIdentityTokenCredentialsProvider"))));
    }

    [Fact]
    public void A_literal_password_property_is_EMR016_at_its_path_and_a_secret_reference_is_not()
    {
        const string Key = "spark.hadoop.javax.jdo.option.ConnectionPassword";
        var literal = WithJob(SparkJob.For("s3://my-bucket/jobs/hive.py"))
            .ConfigurationOverrides(Classifications.SparkDefaults(s => s.Set(Key, "EXAMPLE-PASSWORD")));
        var referenced = WithJob(SparkJob.For("s3://my-bucket/jobs/hive.py"))
            .ConfigurationOverrides(Classifications.SparkDefaults(s => s.Set(Key, Secret.AirflowVariable("metastore_password"))));

        var finding = Assert.Single(literal.Validate());
        var refused = Assert.Throws<LiteralSecretException>(() => literal.ToStartJobRunJson());

        Assert.Equal((RuleIds.LiteralSecret, "configurationOverrides.applicationConfiguration[0].properties." + Key), (finding.Id, finding.Path));
        Assert.Equal(finding.Path, refused.Path);
        Assert.DoesNotContain("EXAMPLE-PASSWORD", refused.Message);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.DoesNotContain("EXAMPLE-PASSWORD", finding.Message);
        Assert.Contains("Secret.AirflowVariable", finding.Message);
        Assert.Empty(Validate(referenced));
    }

    [Fact]
    public void The_EKS_literal_secret_rule_is_EMR016_itself()
    {
        var cluster = RuleSet.All.Single(r => r.Id == RuleIds.LiteralSecret);
        var eks = EksRuleSet.All.Single(r => r.Id == RuleIds.LiteralSecret);

        Assert.Equal((cluster.Title, cluster.DefaultSeverity, cluster.Category, cluster.HelpLink), (eks.Title, eks.DefaultSeverity, eks.Category, eks.HelpLink));
    }

    [Fact]
    public void The_EKS_credential_rule_is_EMR011_itself()
    {
        var cluster = RuleSet.All.Single(r => r.Id == RuleIds.HardCodedCredential);
        var eks = EksRuleSet.All.Single(r => r.Id == RuleIds.HardCodedCredential);

        Assert.Equal((cluster.Title, cluster.DefaultSeverity, cluster.Category, cluster.HelpLink), (eks.Title, eks.DefaultSeverity, eks.Category, eks.HelpLink));
    }

    [Theory]
    [InlineData("15.89 vCPU, 57.6 GiB", 15.89, 57.6)]
    [InlineData("8 vcpu,32 gib", 8, 32)]
    public void The_node_size_option_reads_its_documented_form(string text, double vCpus, double gibibytes) =>
        Assert.Equal(new EksNodeSize(vCpus, gibibytes), EksNodeSize.Parse(text));

    [Theory]
    [InlineData("8, 32")]
    [InlineData("0 vCPU, 32 GiB")]
    [InlineData("8 vCPU, 32 GB")]
    public void Any_other_node_size_text_leaves_the_size_unset(string text) => Assert.Null(EksNodeSize.Parse(text));

    [Fact]
    public void Every_EKS_rule_has_a_documentation_page_and_a_row_in_the_rule_table()
    {
        var table = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "docs", "rules", "README.md"));
        foreach (var rule in EksRuleSet.All)
        {
            Assert.True(System.IO.File.Exists(System.IO.Path.Combine(RepoPaths.Root, "docs", "rules", rule.Id + ".md")), rule.Id);
            Assert.Contains($"| [{rule.Id}]({rule.Id}.md) | {rule.Title} |", table);
        }
    }
}
