using System.Linq;
using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes;

namespace EmrDsl.Analyzers.Tests;

/// <summary>The EMR Serverless rules run on [EmrServerless] definitions and are reported at the call that set the value.</summary>
public sealed class ServerlessRuleTests
{
    [Fact]
    public Task Initial_capacity_above_the_maximum_is_reported_at_the_MaximumCapacity_call() => Verify.AnalyzerAsync("""
        using EmrDsl;
        using EmrDsl.Serverless;

        public static class Analytics
        {
            [EmrServerless]
            public static ServerlessApplication Reporting => ServerlessApplication.Create("reporting")
                .Release("emr-7.0.0")
                .Type(ServerlessEngine.Spark)
                .InitialCapacity(WorkerKind.Executor, 4, Cpu.VCpus(4), Memory.Gigabytes(16))
                {|EMR102:.MaximumCapacity(Cpu.VCpus(8), Memory.Gigabytes(256))|};
        }
        """, "EMR102");

    [Fact]
    public Task Capacity_within_the_maximum_is_not_reported() => Verify.AnalyzerAsync("""
        using EmrDsl;
        using EmrDsl.Serverless;

        public static class Analytics
        {
            [EmrServerless]
            public static ServerlessApplication Reporting => ServerlessApplication.Create("reporting")
                .Release("emr-7.0.0")
                .Type(ServerlessEngine.Spark)
                .InitialCapacity(WorkerKind.Executor, 4, Cpu.VCpus(4), Memory.Gigabytes(16))
                .MaximumCapacity(Cpu.VCpus(16), Memory.Gigabytes(256));
        }
        """, "EMR102");

    [Fact]
    public Task A_job_run_without_execution_timeout_is_reported_on_the_definition() => Verify.AnalyzerAsync("""
        using EmrDsl;
        using EmrDsl.Serverless;

        public static class Jobs
        {
            [EmrServerless]
            public static ServerlessJobRun {|EMR105:Nightly|} => ServerlessJobRun.Create("00f1abcdexample", "arn:aws:iam::123456789012:role/JobRole")
                .SparkSubmit(SparkJob.For("s3://acme-jobs/report.py"));
        }
        """, "EMR105");

    [Fact]
    public Task Serverless_rules_do_not_run_on_unmarked_members() => Verify.AnalyzerAsync("""
        using EmrDsl;
        using EmrDsl.Serverless;

        public static class Jobs
        {
            public static ServerlessJobRun Nightly => ServerlessJobRun.Create("00f1abcdexample", "arn:aws:iam::123456789012:role/JobRole")
                .SparkSubmit(SparkJob.For("s3://acme-jobs/report.py"));
        }
        """, "EMR105");

    [Fact]
    public Task Fix_turns_disabled_auto_stop_into_the_default_idle_timeout_in_every_application() => Verify.CodeFixAsync<ServerlessAutoStopFixer>(
        Applications("using System;", "{|EMR104:.DisableAutoStop()|}", "{|EMR104:.DisableAutoStop()|}"),
        Applications("using System;", ".AutoStop(TimeSpan.FromMinutes(15))", ".AutoStop(TimeSpan.FromMinutes(15))"),
        "EMR104",
        iterations: 2);

    [Fact]
    public Task Fix_qualifies_TimeSpan_where_System_is_not_imported() => Verify.CodeFixAsync<ServerlessAutoStopFixer>(
        Applications(string.Empty, "{|EMR104:.DisableAutoStop()|}"),
        Applications(string.Empty, ".AutoStop(System.TimeSpan.FromMinutes(15))"),
        "EMR104");

    /// <summary>A class of Spark applications, one per entry of <paramref name="lastCalls"/>, each chain ending with that call.</summary>
    private static string Applications(string usings, params string[] lastCalls) =>
        usings + """

        using EmrDsl;
        using EmrDsl.Serverless;

        public static class Analytics
        {
        """ + string.Concat(lastCalls.Select((call, i) => $$"""

                [EmrServerless]
                public static ServerlessApplication App{{i}} => ServerlessApplication.Create("app-{{i}}")
                    .Release("emr-7.0.0")
                    .Type(ServerlessEngine.Spark)
                    {{call}};

            """)) + """
        }

        """;
}
