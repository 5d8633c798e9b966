using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes;

namespace EmrDsl.Analyzers.Tests;

/// <summary>The EMR on EKS rules run on [EmrOnEks] definitions and are reported at the call that set the value; EMR051 and EMR053 have fixes.</summary>
public sealed class EksRuleTests
{
    private const string Usings = """
        using EmrDsl;
        using EmrDsl.Containers;

        """;

    [Fact]
    public Task An_EC2_release_label_is_reported_at_the_Create_call() => Verify.AnalyzerAsync(Usings + """
        public static class Jobs
        {
            [EmrOnEks]
            public static EksJobRun Etl => {|EMR050:EksJobRun.Create("0ynz1ikogr9fbj6s2y3xfcyvf", "arn:aws:iam::123456789012:role/r", "emr-7.2.0")|}
                .SparkSubmit(SparkJob.For("s3://acme-jobs/etl.py"))
                .Monitoring(s3LogUri: "s3://acme-logs/eks/");
        }
        """, "EMR050");

    [Fact]
    public Task EKS_rules_do_not_run_on_unmarked_members() => Verify.AnalyzerAsync(Usings + """
        public static class Jobs
        {
            public static EksJobRun Etl => EksJobRun.Create("0ynz1ikogr9fbj6s2y3xfcyvf", "arn:aws:iam::123456789012:role/r", "emr-7.2.0")
                .SparkSubmit(SparkJob.For("s3://acme-jobs/etl.py"));
        }
        """, "EMR050", "EMR051");

    [Fact]
    public Task A_credential_argument_is_reported_as_EMR011_at_the_SparkSubmit_call() => Verify.AnalyzerAsync(Usings + """
        public static class Jobs
        {
            [EmrOnEks]
            public static EksJobRun Copy => EksJobRun.Create("0ynz1ikogr9fbj6s2y3xfcyvf", "arn:aws:iam::123456789012:role/r", "emr-7.2.0-latest")
                {|EMR011:.SparkSubmit(SparkJob.For("s3://acme-jobs/copy.py").Args("--key", "AKIAIOSFODNN7EXAMPLE"))|}
                .Monitoring(s3LogUri: "s3://acme-logs/eks/");
        }
        """, "EMR011");

    [Fact]
    public Task A_CPU_limit_below_the_request_is_reported_at_the_SparkSubmit_call() => Verify.AnalyzerAsync(Usings + """
        public static class Jobs
        {
            [EmrOnEks]
            public static EksJobRun Etl => EksJobRun.Create("0ynz1ikogr9fbj6s2y3xfcyvf", "arn:aws:iam::123456789012:role/r", "emr-7.2.0-latest")
                {|EMR052:.SparkSubmit(SparkJob.For("s3://acme-jobs/etl.py").Executors(cores: 4).Conf("spark.kubernetes.executor.limit.cores", "2"))|}
                .Monitoring(s3LogUri: "s3://acme-logs/eks/");
        }
        """, "EMR052");

    [Fact]
    public async Task Pods_larger_than_the_configured_node_are_reported()
    {
        var test = new Verify.Test<Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>("EMR052")
        {
            TestCode = Usings + """
                public static class Jobs
                {
                    [EmrOnEks]
                    public static EksJobRun Etl => EksJobRun.Create("0ynz1ikogr9fbj6s2y3xfcyvf", "arn:aws:iam::123456789012:role/r", "emr-7.2.0-latest")
                        {|EMR052:.SparkSubmit(SparkJob.For("s3://acme-jobs/etl.py").Executors(cores: 16))|}
                        .Monitoring(s3LogUri: "s3://acme-logs/eks/");
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nemrdsl.eks_node_size = 8 vCPU, 32 GiB\n"));
        await test.RunAsync();
    }

    [Fact]
    public Task Fix_sends_the_logs_to_S3() => Verify.CodeFixAsync<EksLogsFixer>(Usings + """
        public static class Jobs
        {
            [EmrOnEks]
            public static EksJobRun {|EMR051:Etl|} => EksJobRun.Create("0ynz1ikogr9fbj6s2y3xfcyvf", "arn:aws:iam::123456789012:role/r", "emr-7.2.0-latest")
                .SparkSubmit(SparkJob.For("s3://acme-jobs/etl.py"));
        }
        """, Usings + """
        public static class Jobs
        {
            [EmrOnEks]
            public static EksJobRun Etl => EksJobRun.Create("0ynz1ikogr9fbj6s2y3xfcyvf", "arn:aws:iam::123456789012:role/r", "emr-7.2.0-latest")
                .SparkSubmit(SparkJob.For("s3://acme-jobs/etl.py"))
                .Monitoring("s3://CHANGE-ME/emr-logs/");
        }
        """, "EMR051");

    [Fact]
    public Task Fix_adds_a_retry_policy_to_a_streaming_run() => Verify.CodeFixAsync<EksRetryFixer>(Usings + """
        public static class Jobs
        {
            [EmrOnEks]
            public static EksJobRun {|EMR053:Stream|} => EksJobRun.Create("0ynz1ikogr9fbj6s2y3xfcyvf", "arn:aws:iam::123456789012:role/r", "emr-7.2.0-latest")
                .SparkSubmit(SparkJob.For("s3://acme-jobs/stream.py").Conf("spark.sql.streaming.metricsEnabled", "true"))
                .Monitoring(s3LogUri: "s3://acme-logs/eks/");
        }
        """, Usings + """
        public static class Jobs
        {
            [EmrOnEks]
            public static EksJobRun Stream => EksJobRun.Create("0ynz1ikogr9fbj6s2y3xfcyvf", "arn:aws:iam::123456789012:role/r", "emr-7.2.0-latest")
                .SparkSubmit(SparkJob.For("s3://acme-jobs/stream.py").Conf("spark.sql.streaming.metricsEnabled", "true"))
                .Monitoring(s3LogUri: "s3://acme-logs/eks/")
                .Retry(5);
        }
        """, "EMR053");
}
