using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EmrDsl.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EmrDsl.Analyzers.Tests;

/// <summary>
/// Fix All as <c>dotnet format analyzers --diagnostics EMR001 EMR002 ...</c> asks for it: solution scope, with the
/// equivalence key of whatever the fixer offers for the first finding of any of the requested rules (often
/// nothing, so no key), and a diagnostic provider that hands over the findings of every requested rule.
/// </summary>
public sealed class DotnetFormatFixAllTests
{
    /// <summary>A finding of every rule that has a fix, among findings of rules that have none.</summary>
    private const string EveryFixableRule = """
        using EmrDsl;
        using EmrDsl.Containers;
        using EmrDsl.Serverless;

        public static class Pipelines
        {
            [EmrCluster]
            public static Cluster Etl => Cluster.Create("etl")
                .Master("m5.xlarge", 1, g => g.Spot())
                .Core("r5.xlarge", 2, g => g.Spot())
                .SparkDefaults(s => s.AdaptiveExecution(false))
                .Kerberos("EC2.INTERNAL", "not-a-real-password")
                .KeepAlive();
        }

        public static class Analytics
        {
            [EmrServerless]
            public static ServerlessApplication Reporting => ServerlessApplication.Create("reporting")
                .Release("emr-7.0.0")
                .Type(ServerlessEngine.Spark)
                .DisableAutoStop();
        }

        public static class Streams
        {
            [EmrOnEks]
            public static EksJobRun Sessions => EksJobRun.Create("0ynz1ikogr9fbj6s2y3xfcyvf", "arn:aws:iam::123456789012:role/emr-on-eks-jobs", "emr-7.2.0-latest")
                .Named("sessions")
                .SparkSubmit(SparkJob.For("s3://acme-jobs/stream.py").Packages("org.apache.spark:spark-sql-kafka-0-10_2.12:3.5.1"));
        }

        public static class Security
        {
            [EmrSecurityConfiguration]
            public static SecurityConfiguration Baseline => SecurityConfiguration.Create("baseline")
                .EncryptLocalDisk(LocalDiskEncryption.Kms("arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012"))
                .InstanceMetadataService(1);
        }
        """;

    public static TheoryData<string> Fixers => new(typeof(DocumentFixer).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type))
        .Select(type => type.Name));

    [Fact]
    public void Every_code_fix_is_a_document_fixer() =>
        Assert.All(typeof(DocumentFixer).Assembly.GetTypes().Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type)), type => Assert.True(typeof(DocumentFixer).IsAssignableFrom(type), type.Name));

    [Theory]
    [MemberData(nameof(Fixers))]
    public void Fix_All_is_offered_in_document_project_and_solution_scope(string fixer)
    {
        var scopes = Create(fixer).GetFixAllProvider()!.GetSupportedFixAllScopes();

        Assert.Contains(FixAllScope.Document, scopes);
        Assert.Contains(FixAllScope.Project, scopes);
        Assert.Contains(FixAllScope.Solution, scopes);
    }

    [Theory]
    [MemberData(nameof(Fixers))]
    public async Task Fix_All_fixes_every_finding_of_its_rule_without_an_equivalence_key(string fixer)
    {
        var codeFix = Create(fixer);
        var ruleId = codeFix.FixableDiagnosticIds.Single();
        var document = Document(EveryFixableRule);
        var findings = await DiagnoseAsync(document);
        Assert.Contains(findings, d => d.Id == ruleId);

        var context = new FixAllContext(document, codeFix, FixAllScope.Solution, null!, new[] { ruleId }, new AllFindings(findings), CancellationToken.None);
        var action = await codeFix.GetFixAllProvider()!.GetFixAsync(context);

        Assert.NotNull(action);
        var changes = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        var fixedDocument = changes.ChangedSolution.GetDocument(document.Id)!;
        Assert.DoesNotContain(await DiagnoseAsync(fixedDocument), d => d.Id == ruleId);
    }

    private static CodeFixProvider Create(string fixer) =>
        (CodeFixProvider)Activator.CreateInstance(typeof(DocumentFixer).Assembly.GetTypes().Single(type => type.Name == fixer))!;

    private static Document Document(string source)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Definitions", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithMetadataReferences(Basic.Reference.Assemblies.Net80.References.All.Append(Verify.Runtime));
        return project.AddDocument("Definitions.cs", SourceText.From(source));
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnoseAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return await compilation.WithAnalyzers(Verify.Analyzers).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>Hands over every finding, of every rule, as dotnet format's provider does.</summary>
    private sealed class AllFindings(ImmutableArray<Diagnostic> findings) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(findings);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(findings);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(findings);
    }
}
