using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace EmrDsl.Analyzers.Tests;

/// <summary>
/// A finding whose DSL call sits in a helper with parameters is reported in each definition at the helper's call,
/// with the DSL call in the helper as the additional location (docs/evaluation.md).
/// </summary>
public sealed class HelperLocationTests
{
    [Fact]
    public Task Each_definition_built_by_a_helper_with_parameters_has_its_own_finding_at_the_helper_call()
    {
        var test = new Verify.Test<EmptyCodeFixProvider>("EMR001")
        {
            TestCode = """
                using EmrDsl;

                public static partial class Pipelines
                {
                    static Cluster Standard(string name, int cores) => Cluster.Create(name)
                        .Master("m5.xlarge")
                        .Core("r5.xlarge", cores, g => g{|#0:.Spot()|});

                    [EmrCluster] public static Cluster Etl => {|#1:Standard("etl", 4)|};

                    [EmrCluster] public static Cluster Reports => {|#2:Standard("reports", 2)|};
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EMR001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1).WithLocation(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EMR001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(2).WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public Task An_extension_method_helper_is_reported_at_its_call_in_the_chain()
    {
        var test = new Verify.Test<EmptyCodeFixProvider>("EMR006")
        {
            TestCode = """
                using EmrDsl;

                public static class Conventions
                {
                    public static Cluster WithPrimary(this Cluster cluster, string type) => cluster.Master(type, configure: g => g{|#0:.Spot()|});
                }

                public static partial class Pipelines
                {
                    [EmrCluster] public static Cluster Etl => Cluster.Create("etl"){|#1:.WithPrimary("m5.xlarge")|}.Core("r5.xlarge", 2);
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EMR006", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1).WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public Task A_call_in_a_local_function_of_the_definition_is_reported_where_it_is() => Verify.AnalyzerAsync("""
        using EmrDsl;

        public static partial class Pipelines
        {
            [EmrCluster] public static Cluster Etl
            {
                get
                {
                    Cluster Core(Cluster c, int n) => c.Core("r5.xlarge", n, g => g{|EMR001:.Spot()|});
                    return Core(Cluster.Create("etl").Master("m5.xlarge"), 2);
                }
            }
        }
        """, "EMR001");

    [Fact]
    public Task The_fix_edits_the_call_inside_the_helper_once_for_every_definition()
    {
        var test = new Verify.Test<EmrDsl.Analyzers.CodeFixes.SpotCoreNodesFixer>("EMR001")
        {
            TestCode = """
                using EmrDsl;

                public static partial class Pipelines
                {
                    static Cluster Standard(string name, int cores) => Cluster.Create(name)
                        .Master("m5.xlarge")
                        .Core("r5.xlarge", cores, g => g{|#0:.Spot()|});

                    [EmrCluster] public static Cluster Etl => {|#1:Standard("etl", 4)|};

                    [EmrCluster] public static Cluster Reports => {|#2:Standard("reports", 2)|};
                }
                """,
            FixedCode = """
                using EmrDsl;

                public static partial class Pipelines
                {
                    static Cluster Standard(string name, int cores) => Cluster.Create(name)
                        .Master("m5.xlarge")
                        .Core("r5.xlarge", cores, g => g.OnDemand());

                    [EmrCluster] public static Cluster Etl => Standard("etl", 4);

                    [EmrCluster] public static Cluster Reports => Standard("reports", 2);
                }
                """,
            NumberOfFixAllIterations = 1,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EMR001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1).WithLocation(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("EMR001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(2).WithLocation(0));
        return test.RunAsync();
    }
}
