using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace EmrDsl.Benchmarks;

/// <summary>
/// A project of N definitions, one file each, all derived from one shared base (as real pipelines are), plus
/// files without definitions. The definitions are clean (no analyzer finding), as a maintained project's are. Source text is a pure function of N and the index, so every run measures the same code.
/// <see cref="DefinitionStyle.Helpers"/> writes the same clusters the way a team with many pipelines factors them: a
/// conventions helper with parameters, a settings record and a loop that adds the steps.
/// </summary>
internal static class SyntheticProject
{
    public const string HelpersFile = """
        using System;
        using EmrDsl;

        namespace Synthetic;

        public sealed record PipelineSettings(string Team, int TaskNodes, int Executors, string[] Jobs);

        public static class Conventions
        {
            public static Cluster Standard(string name, PipelineSettings settings)
            {
                var cluster = Cluster.Create(name)
                    .Release("emr-7.2.0")
                    .LogUri("s3://acme-logs/emr/")
                    .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
                    .Subnet("subnet-0123456789abcdef0")
                    .Master("m5.xlarge")
                    .Core("r5.2xlarge", 2)
                    .AutoTerminateAfterIdle(TimeSpan.FromHours(1))
                    .Tag("team", settings.Team)
                    .Task("r5.2xlarge", settings.TaskNodes, g => g.Spot(BidPrice.OnDemandPrice))
                    .Configure("spark-defaults", c => c.Set("spark.executor.instances", settings.Executors));
                foreach (var job in settings.Jobs)
                {
                    cluster = cluster.Step(Step.SparkSubmit(job, $"s3://acme-jobs/{job.Replace("-", "")}.py").Args("--day", DayOf(job)).OnFailure(ActionOnFailure.TerminateCluster));
                }

                return cluster;
            }

            private static string DayOf(string job) => (int.Parse(job.Substring(4)) % 28 + 1).ToString();
        }
        """;

    /// <summary>
    /// The helpers file with its steps mapped by LINQ over a project record (<c>Select&lt;Job, Step&gt;</c>): the case
    /// the generator's cache of runtime members over project types serves. The payloads are those of the other styles.
    /// </summary>
    public static readonly string LinqFile = Rewrite(
        HelpersFile,
        ("using System;\n", "using System;\nusing System.Linq;\n"),
        ("string[] Jobs);", "Job[] Jobs);\n\npublic sealed record Job(string Name, int Day);"),
        ("foreach (var job in settings.Jobs)\n        {\n            cluster = cluster.Step(Step.SparkSubmit(job, $\"s3://acme-jobs/{job.Replace(\"-\", \"\")}.py\").Args(\"--day\", DayOf(job)).OnFailure(ActionOnFailure.TerminateCluster));",
            "foreach (var step in settings.Jobs.Select(job => Step.SparkSubmit(job.Name, $\"s3://acme-jobs/{job.Name.Replace(\"-\", \"\")}.py\").Args(\"--day\", job.Day.ToString()).OnFailure(ActionOnFailure.TerminateCluster)))\n        {\n            cluster = cluster.Step(step);"),
        ("\n\n    private static string DayOf(string job) => (int.Parse(job.Substring(4)) % 28 + 1).ToString();", string.Empty));

    public static string HelperDefinition(int index, string variant = "", DefinitionStyle style = DefinitionStyle.Helpers) => string.Create(CultureInfo.InvariantCulture, $$"""
        using EmrDsl;

        namespace Synthetic;

        public static partial class Pipeline{{index}}
        {
            [EmrCluster]
            public static Cluster Etl => Conventions.Standard("etl-{{index}}{{variant}}", new PipelineSettings("data", {{index % 8 + 1}}, {{index % 16 + 2}}, {{(style == DefinitionStyle.Linq ? $"new[] {{ new Job(\"job-{index}\", {index % 28 + 1}) }}" : $"new[] {{ \"job-{index}\" }}")}}))
                .Tag("pipeline", "{{index}}");
        }
        """);

    public const string BaseFile = """
        using System;
        using EmrDsl;

        namespace Synthetic;

        public static partial class Shared
        {
            public static Cluster Base =>
                Cluster.Create("base")
                    .Release("emr-7.2.0")
                    .LogUri("s3://acme-logs/emr/")
                    .Roles(service: "EMR_DefaultRole", instanceProfile: "EMR_EC2_DefaultRole")
                    .Subnet("subnet-0123456789abcdef0")
                    .Master("m5.xlarge")
                    .Core("r5.2xlarge", 2)
                    .AutoTerminateAfterIdle(TimeSpan.FromHours(1))
                    .Tag("team", "data");
        }
        """;

    public static string Definition(int index, string variant = "", DefinitionStyle style = DefinitionStyle.SharedBase) =>
        style == DefinitionStyle.SharedBase ? SharedBaseDefinition(index, variant) : HelperDefinition(index, variant, style);

    private static string SharedBaseDefinition(int index, string variant) => string.Create(CultureInfo.InvariantCulture, $$"""
        using EmrDsl;

        namespace Synthetic;

        public static partial class Pipeline{{index}}
        {
            [EmrCluster]
            public static Cluster Etl => Shared.Base
                .Named("etl-{{index}}{{variant}}")
                .Task("r5.2xlarge", {{index % 8 + 1}}, g => g.Spot(BidPrice.OnDemandPrice))
                .Configure("spark-defaults", c => c.Set("spark.executor.instances", {{index % 16 + 2}}))
                .Step(Step.SparkSubmit("job-{{index}}", "s3://acme-jobs/job{{index}}.py").Args("--day", "{{index % 28 + 1}}").OnFailure(ActionOnFailure.TerminateCluster))
                .Tag("pipeline", "{{index}}");
        }
        """);

    public static string Unrelated(int answer) => string.Create(CultureInfo.InvariantCulture, $$"""
        namespace Synthetic;

        public static class Util
        {
            public static int Answer => {{answer}};
        }
        """);

    /// <summary><paramref name="text"/> with each replacement made; one whose text is not there fails, so an edit to the helpers file cannot silently leave the LINQ style without LINQ.</summary>
    private static string Rewrite(string text, params (string Old, string New)[] replacements) =>
        replacements.Aggregate(text, (current, r) => current.Contains(r.Old, StringComparison.Ordinal)
            ? current.Replace(r.Old, r.New, StringComparison.Ordinal)
            : throw new InvalidOperationException($"The helpers file no longer contains '{r.Old}'; update SyntheticProject.LinqFile."));

    /// <summary>File name to text: the base (or the conventions helper), N definitions and one unrelated file.</summary>
    public static IReadOnlyList<(string Name, string Text)> Files(int definitions, DefinitionStyle style = DefinitionStyle.SharedBase) =>
        new[] { ("Shared.cs", style switch { DefinitionStyle.Helpers => HelpersFile, DefinitionStyle.Linq => LinqFile, _ => BaseFile }), ("Util.cs", Unrelated(42)) }
            .Concat(Enumerable.Range(0, definitions).Select(i => ($"Pipeline{i}.cs", Definition(i, style: style))))
            .ToList();

    /// <summary>
    /// Writes the sources and a project that builds them; -p:UseEmrDslGenerator=false leaves the generator out and
    /// -p:UseEmrDslAnalyzers=false the analyzers (when given), so each one's cost can be measured apart.
    /// -p:GeneratedSources=dir compiles the files of dir as ordinary sources: with the generator's own output there
    /// (EmitCompilerGeneratedFiles), it measures what compiling the generated constants costs without generating them.
    /// The analyzers load only beside the generator (they run on its evaluations), so pass both from one folder.
    /// </summary>
    public static void WriteTo(string directory, int definitions, string emrDslDll, string generatorDll, string? analyzersDll, DefinitionStyle style = DefinitionStyle.SharedBase)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, text) in Files(definitions, style))
        {
            File.WriteAllText(Path.Combine(directory, name), text);
        }

        File.WriteAllText(Path.Combine(directory, "Synthetic.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <UseEmrDslGenerator Condition="'$(UseEmrDslGenerator)' == ''">true</UseEmrDslGenerator>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="EmrDsl" HintPath="{emrDslDll}" />
                <Analyzer Include="{generatorDll}" Condition="'$(UseEmrDslGenerator)' == 'true'" />
                {(string.IsNullOrEmpty(analyzersDll) ? string.Empty : $"<Analyzer Include=\"{analyzersDll}\" Condition=\"'$(UseEmrDslAnalyzers)' != 'false'\" />")}
                <Compile Include="$(GeneratedSources)/**/*.cs" Condition="'$(GeneratedSources)' != ''" />
                <!-- As the package's build/EmrDsl.props: an editor's design-time compilation gets no manifest constants. -->
                <CompilerVisibleProperty Include="DesignTimeBuild" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");
    }
}

/// <summary>How the synthetic definitions are written.</summary>
internal enum DefinitionStyle
{
    /// <summary>Each definition chains DSL calls on a parameterless shared base.</summary>
    SharedBase,

    /// <summary>Each definition calls a conventions helper with a settings record; the helper loops over the steps.</summary>
    Helpers,

    /// <summary>As <see cref="Helpers"/>, with the steps mapped by LINQ over a record of the project (<see cref="SyntheticProject.LinqFile"/>).</summary>
    Linq,
}
