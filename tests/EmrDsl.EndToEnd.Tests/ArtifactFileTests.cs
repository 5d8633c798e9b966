using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace EmrDsl.EndToEnd.Tests;

/// <summary>The files a successful build writes, checked against the definitions run at run time.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ArtifactFileTests(EndToEndWorkspace workspace)
{
    private const string DefinitionsType = "Acme.Data.Pipelines";

    /// <summary>File name stem of each [EmrCluster] member in Projects/Pipelines.cs.txt (the unmarked Base has none).</summary>
    private static readonly Dictionary<string, string> MemberByFileName = new()
    {
        ["nightly-etl-dev"] = "NightlyEtlDev",
        ["nightly-etl-prod"] = "NightlyEtlProd",
        ["regulated"] = "RegulatedEtl",
    };

    /// <summary>File name stem of each [EmrServerless] member.</summary>
    private static readonly Dictionary<string, string> ServerlessMemberByFileName = new()
    {
        ["reporting"] = "Reporting",
        ["weekly-report"] = "WeeklyReport",
    };

    /// <summary>File name stem of each [EmrSteps] member.</summary>
    private static readonly Dictionary<string, string> StepsMemberByFileName = new()
    {
        ["backfill"] = "Backfill",
    };

    private BuiltProject Pipelines => workspace.Pipelines;

    [Fact]
    public void The_build_succeeds_and_reports_each_file_it_writes()
    {
        Assert.True(Pipelines.FirstBuild.ExitCode == 0, Pipelines.FirstBuild.ToString());
        foreach (var fileName in MemberByFileName.Keys)
        {
            var path = Path.Combine(Pipelines.Project.DefaultArtifactsDirectory, fileName + ".runjobflow.json");
            Assert.Contains("EmrDsl: written " + path, Pipelines.FirstBuild.Output);
        }
    }

    [Fact]
    public void Each_marked_definition_gets_the_files_its_payloads_call_for_and_the_unmarked_base_none()
    {
        var files = ArtifactFiles(Pipelines.Project.DefaultArtifactsDirectory).Select(Path.GetFileName).ToList();

        Assert.All(MemberByFileName.Keys, fileName =>
        {
            Assert.Contains(fileName + ".runjobflow.json", files);
            Assert.Contains(fileName + ".addjobflowsteps.json", files);
        });
        Assert.Contains("regulated.securityconfiguration.json", files);
        Assert.DoesNotContain("nightly-etl-dev.securityconfiguration.json", files);
        Assert.DoesNotContain(files, file => file!.StartsWith("nightly-etl.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Serverless_definitions_get_their_application_job_run_and_terraform_files()
    {
        var files = ArtifactFiles(Pipelines.Project.DefaultArtifactsDirectory).Select(Path.GetFileName)
            .Where(f => !MemberByFileName.Keys.Concat(StepsMemberByFileName.Keys).Any(stem => f!.StartsWith(stem + ".", System.StringComparison.Ordinal)));

        Assert.Equal(new[] { "reporting.createapplication.json", "reporting.tf.json", "weekly-report.startjobrun.json" }, files.OrderBy(f => f, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_steps_definition_gets_its_AddJobFlowSteps_request_only()
    {
        var files = ArtifactFiles(Pipelines.Project.DefaultArtifactsDirectory).Select(Path.GetFileName).Where(f => f!.StartsWith("backfill.", System.StringComparison.Ordinal));

        Assert.Equal(new[] { "backfill.addjobflowsteps.json" }, files);
        Assert.Contains("\"JobFlowId\": \"{{ ti.xcom_pull(task_ids='find_cluster') }}\"", File.ReadAllText(Path.Combine(Pipelines.Project.DefaultArtifactsDirectory, "backfill.addjobflowsteps.json")));
    }

    [Fact]
    public void The_chosen_JobFlowId_is_written_into_the_steps_request()
    {
        var steps = File.ReadAllText(Path.Combine(Pipelines.Project.DefaultArtifactsDirectory, "nightly-etl-prod.addjobflowsteps.json"));

        Assert.Contains("\"JobFlowId\": \"$.ClusterId\"", steps);
    }

    [Fact]
    public void Every_file_holds_byte_for_byte_what_the_definition_produces_at_run_time()
    {
        using var runtime = new RuntimePayloads(Pipelines.Project.AssemblyPath);
        var files = ArtifactFiles(Pipelines.Project.DefaultArtifactsDirectory);

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var members = MemberByFileName.Concat(ServerlessMemberByFileName).Concat(StepsMemberByFileName);
            var (stem, member) = members.Single(pair => name.StartsWith(pair.Key + ".", System.StringComparison.Ordinal));
            runtime.AssertWrittenAsAtRunTime(file, DefinitionsType, member, stem);
        }
    }

    [Fact]
    public void The_regulated_cluster_names_its_authored_security_configuration()
    {
        var request = File.ReadAllText(Path.Combine(Pipelines.Project.DefaultArtifactsDirectory, "regulated.runjobflow.json"));

        Assert.Contains("\"SecurityConfiguration\": \"regulated-sc\"", request);
    }

    [Fact]
    public void A_second_build_leaves_every_file_untouched()
    {
        var directory = Pipelines.Project.DefaultArtifactsDirectory;
        var before = ArtifactFiles(directory).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var second = Pipelines.Project.BuildWith();

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.DoesNotContain("EmrDsl: written", second.Output);
        Assert.Equal(before, ArtifactFiles(directory).ToDictionary(f => f, File.GetLastWriteTimeUtc));
    }

    [Fact]
    public void EmrDslArtifactsDirectory_moves_the_files_and_keeps_their_content()
    {
        var custom = Path.Combine(workspace.Root, "custom-artifacts") + Path.DirectorySeparatorChar;

        var build = Pipelines.Project.BuildWith("EmrDslArtifactsDirectory=" + custom);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(Contents(Pipelines.Project.DefaultArtifactsDirectory), Contents(custom));
    }

    [Fact]
    public void EmrDslWriteArtifacts_false_writes_nothing()
    {
        var elsewhere = Path.Combine(workspace.Root, "not-written") + Path.DirectorySeparatorChar;

        var build = Pipelines.Project.BuildWith("EmrDslWriteArtifacts=false", "EmrDslArtifactsDirectory=" + elsewhere);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.False(Directory.Exists(elsewhere));
    }

    /// <summary>The artifact files of a folder, without the writer's hidden bookkeeping file.</summary>
    private static List<string> ArtifactFiles(string directory) =>
        Directory.GetFiles(directory).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(System.StringComparer.Ordinal).ToList();

    private static Dictionary<string, string> Contents(string directory) =>
        ArtifactFiles(directory).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllText);
}
