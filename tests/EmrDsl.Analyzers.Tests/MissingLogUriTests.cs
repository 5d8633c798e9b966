using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace EmrDsl.Analyzers.Tests;

public sealed class MissingLogUriTests
{
    private const string Id = "EMR002";

    [Fact]
    public Task A_definition_without_LogUri_is_reported_at_its_name() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster {|EMR002:Etl|} => Cluster.Create("etl").Master("m5.xlarge");
        }
        """, Id);

    [Fact]
    public Task Near_miss_LogUri_set_in_a_shared_base_counts() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static class Pipelines
        {
            private static Cluster Base => Cluster.Create("etl").LogUri("s3://acme-logs/emr/");

            [EmrCluster]
            public static Cluster Etl => Base.Master("m5.xlarge");
        }
        """, Id);

    [Fact]
    public async Task The_message_suggests_the_configured_default_log_uri()
    {
        var test = new Verify.Test<EmptyCodeFixProvider>(Id)
        {
            TestCode = """
                using EmrDsl;

                public static class Pipelines
                {
                    [EmrCluster]
                    public static Cluster Etl => Cluster.Create("etl");
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nemrdsl.default_log_uri = s3://acme-logs/emr/\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithSpan("/0/Test0.cs", 6, 27, 6, 30)
            .WithMessage("The cluster has no LogUri, so step, bootstrap and node logs are lost when it terminates and failures cannot be diagnosed. Set LogUri (for example \"s3://acme-logs/emr/\")."));
        await test.RunAsync();
    }

    [Fact]
    public Task Fix_appends_a_placeholder_LogUri_to_each_returned_chain() => Verify.CodeFixAsync<MissingLogUriFixer>("""
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster {|EMR002:Etl|} => Cluster.Create("etl")
                .Master("m5.xlarge");

            [EmrCluster]
            public static readonly Cluster {|EMR002:Field|} = Cluster.Create("field");

            [EmrCluster]
            public static Cluster {|EMR002:Method|}()
            {
                var name = "method";
                return Cluster.Create(name);
            }
        }
        """, """
        using EmrDsl;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge")
                .LogUri("s3://CHANGE-ME/emr-logs/");

            [EmrCluster]
            public static readonly Cluster Field = Cluster.Create("field").LogUri("s3://CHANGE-ME/emr-logs/");

            [EmrCluster]
            public static Cluster Method()
            {
                var name = "method";
                return Cluster.Create(name).LogUri("s3://CHANGE-ME/emr-logs/");
            }
        }
        """, Id, iterations: 3);

    [Fact]
    public async Task Fix_uses_the_configured_default_log_uri()
    {
        var test = new Verify.Test<MissingLogUriFixer>(Id)
        {
            TestCode = """
                using EmrDsl;

                public static class Pipelines
                {
                    [EmrCluster]
                    public static Cluster {|EMR002:Etl|} => Cluster.Create("etl");
                }
                """,
            FixedCode = """
                using EmrDsl;

                public static class Pipelines
                {
                    [EmrCluster]
                    public static Cluster Etl => Cluster.Create("etl").LogUri("s3://acme-logs/emr/");
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nemrdsl.default_log_uri = s3://acme-logs/emr/\n"));
        await test.RunAsync();
    }
}
