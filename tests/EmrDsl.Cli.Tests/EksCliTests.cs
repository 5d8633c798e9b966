using System.Linq;
using System.Text;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Cli.Tests;

/// <summary><c>emrdsl import</c>, <c>validate</c> and <c>lint</c> on EMR on EKS (emr-containers) requests.</summary>
public sealed class EksCliTests
{
    [Theory]
    [MemberData(nameof(CorpusFiles.EmrContainers), MemberType = typeof(CorpusFiles))]
    public void Every_corpus_request_imports_to_code_that_builds_the_same_valid_request(string name)
    {
        var rebuilt = ImportedRequest.RebuildsTheSameRequest(CorpusFiles.EmrContainersPath(name), "Eks.Corpus");

        PayloadOracle.AssertValid(rebuilt, PayloadKind.EksStartJobRun);
    }

    [Theory]
    [InlineData("user-eks-start-job-run-spark-sql.json", PayloadKind.EksStartJobRun)]
    [InlineData("user-eks-start-job-run-from-template.json", PayloadKind.EksStartJobRun)]
    [InlineData("user-eks-create-virtual-cluster.json", PayloadKind.EksCreateVirtualCluster)]
    [InlineData("user-eks-create-virtual-cluster-node-label.json", PayloadKind.EksCreateVirtualCluster)]
    [InlineData("user-eks-create-job-template.json", PayloadKind.EksCreateJobTemplate)]
    [InlineData("user-eks-create-job-template-parametric-ui.json", PayloadKind.EksCreateJobTemplate)]
    public void Hand_written_requests_are_valid_rebuild_a_valid_request_and_validate_and_lint_clean(string name, PayloadKind kind)
    {
        var path = PayloadFiles.Path(name);
        PayloadOracle.AssertValid(System.IO.File.ReadAllText(path), kind);

        PayloadOracle.AssertValid(ImportedRequest.RebuildsTheSameRequest(path, "Eks.Imports"), kind);
        Assert.Equal((0, 0), (CliRun.Of("validate", path).ExitCode, CliRun.Of("lint", path).ExitCode));
        Assert.Empty(CliRun.Of("lint", path).Output);
    }

    [Fact]
    public void A_virtual_cluster_and_a_job_template_import_with_the_fluent_calls()
    {
        var cluster = CliRun.Of("import", PayloadFiles.Path("user-eks-create-virtual-cluster.json"));
        var template = CliRun.Of("import", PayloadFiles.Path("user-eks-create-job-template.json"));

        Assert.Contains("public static EksVirtualCluster EmrOnEksAnalytics => EksVirtualCluster.Create(\"emr-on-eks-analytics\", \"analytics-prod\", \"emr-data-team-a\")", cluster.Output);
        Assert.Contains(".SecurityConfiguration(\"k3b1x7q9r2mzv0c8d4h6n5p1a\")", cluster.Output);
        Assert.DoesNotContain(".With(", cluster.Output);
        Assert.Contains("EksJobTemplate.Create(\"spark-pi-template\", \"arn:aws:iam::123456789012:role/emr-on-eks-job-role\", \"${EmrRelease}\")", template.Output);
        Assert.Contains(".Parameter(\"NumberOfPartitions\", TemplateParameterType.Number, defaultValue: \"10\")", template.Output);
        Assert.Contains(".JobTag(\"team\", \"data\")", template.Output);
        Assert.Contains(".KmsKey(", template.Output);
        Assert.Contains("persistentAppUI: true)", template.Output);
    }

    [Fact]
    public void A_node_label_is_fluent_and_a_persistent_UI_placeholder_is_written_raw()
    {
        var cluster = CliRun.Of("import", PayloadFiles.Path("user-eks-create-virtual-cluster-node-label.json"));
        var template = CliRun.Of("import", PayloadFiles.Path("user-eks-create-job-template-parametric-ui.json"));

        Assert.Contains("EksVirtualCluster.Create(\"gpu-jobs\", \"ml-prod\", \"emr-gpu\").NodeLabel(\"eks.amazonaws.com-nodegroup\")", cluster.Output);
        Assert.Contains("PersistentAppUI = \"${PersistentUI}\"", template.Output);
        Assert.Contains(".SparkSql(\"s3://acme-sql/reports/${Report}.sql\")", template.Output);
    }

    [Fact]
    public void A_spark_submit_run_imports_with_the_fluent_calls()
    {
        var run = CliRun.Of("import", CorpusFiles.EmrContainersPath("sjr-hive-emr-on-eks-readme-1.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("using EmrDsl.Containers;", run.Output);
        Assert.Contains("public static EksJobRun SparkHiveViaJdbc => EksJobRun.Create(\"0ynz1ikogr9fbj6s2y3xfcyvf\", \"arn:aws:iam::123456789012:role/emr-on-eks-job-execution-role\", \"emr-6.3.0-latest\")", run.Output);
        Assert.Contains(".SparkSubmit(SparkJob.For(\"s3://emr-on-eks-123456789012-us-east-1/app_code/job/hivejdbc.py\")", run.Output);
        Assert.Contains(".Conf(\"spark.jars.packages\", \"mysql:mysql-connector-java:8.0.28\")", run.Output);
        Assert.Contains(".ConfigurationOverrides(Classifications.Of(", run.Output);
        Assert.Contains(".Monitoring(s3LogUri: \"s3://emr-on-eks-123456789012-us-east-1/elasticmapreduce/emr-containers\")", run.Output);
        Assert.DoesNotContain(".With(", run.Output);

        // The corpus request's metastore password becomes an Airflow Variable, with a warning; it is never written out.
        Assert.Contains("warning EMR016: configurationOverrides.applicationConfiguration[0].properties.spark.hadoop.javax.jdo.option.ConnectionPassword: the request holds a literal password; it is imported as Secret.AirflowVariable(\"spark_defaults_spark_hadoop_javax_jdo_option_connectionpassword\")", run.Error);
        Assert.Contains("{{ var.value.spark_defaults_spark_hadoop_javax_jdo_option_connectionpassword }}", run.Output);
        Assert.DoesNotContain("EXAMPLE-PASSWORD", run.Error + run.Output);
    }

    [Fact]
    public void Spark_submit_parameters_SparkJob_would_write_in_another_order_stay_raw()
    {
        // --jars before --class: SparkJob writes --class first, so the fluent form would change the request.
        var run = CliRun.Of("import", CorpusFiles.EmrContainersPath("sjr-benchmark-delta-emr610.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("SparkJob.For", run.Output);
        Assert.Contains("SparkSubmitJobDriver = new EksSparkSubmitDriverSpec", run.Output);
        Assert.Contains(".Named(\"delta-test-3TB\")", run.Output);
    }

    [Fact]
    public void Spark_sql_monitoring_rotation_retry_and_tags_are_fluent()
    {
        var run = CliRun.Of("import", PayloadFiles.Path("user-eks-start-job-run-spark-sql.json"));

        Assert.Contains(".SparkSql(\"s3://acme-sql/reports/daily.sql\", sparkSqlParameters: \"--conf spark.executor.instances=4 --conf spark.executor.memory=8g\")", run.Output);
        Assert.Contains(".Monitoring(", run.Output);
        Assert.Contains("cloudWatchLogStreamPrefix: \"daily\",", run.Output);
        Assert.Contains("persistentAppUI: true)", run.Output);
        Assert.Contains(".ContainerLogRotation(\"2GB\", 10)", run.Output);
        Assert.Contains(".Retry(maxAttempts: 3)", run.Output);
        Assert.Contains(".Tag(\"cost-center\", \"1234\")", run.Output);
        Assert.DoesNotContain(".With(", run.Output);
    }

    [Fact]
    public void A_run_from_a_template_imports_with_its_parameters_and_managed_logs_and_the_client_token_raw()
    {
        var run = CliRun.Of("import", PayloadFiles.Path("user-eks-start-job-run-from-template.json"));

        // No role or release label of its own: the run starts from the template.
        Assert.Contains("EksJobRun.FromTemplate(\"kx4ebwp9ag7sqcn1yrm0e0yv8\", \"a1b2c3d4e5f6g7h8i9j0k1l2m\")", run.Output);
        Assert.Contains(".TemplateParameter(\"Date\", \"2026-04-25\")", run.Output);
        Assert.Contains(".ManagedLogs(allowAwsToRetainLogs: true)", run.Output);
        Assert.Contains(".With(s => s with { ClientToken = \"nightly-2026-04-25\" })", run.Output);
    }

    [Fact]
    public void Every_corpus_request_validates_as_the_model_oracle_judges_it_and_lints_as_approved()
    {
        var report = new StringBuilder();
        foreach (var name in Corpus.Names(Corpus.EmrContainers))
        {
            var path = CorpusFiles.EmrContainersPath(name);
            PayloadOracle.AssertValid(System.IO.File.ReadAllText(path), PayloadKind.EksStartJobRun);
            var validate = CliRun.Of("validate", path);
            var lint = CliRun.Of("lint", path);

            Assert.Equal(0, validate.ExitCode);
            Assert.Equal($"{path}: valid EMR on EKS StartJobRun request\n", validate.Output.Replace("\r\n", "\n"));
            report.Append("== ").Append(name).Append(" (exit ").Append(lint.ExitCode).Append(")\n").Append(lint.Output.Replace(path, name).Replace("\r\n", "\n"));
        }

        Snapshot.Match(report.ToString(), "emr-containers-corpus.lint.txt");
    }

    [Fact]
    public void Validate_names_each_problem_the_oracle_also_finds()
    {
        const string json = """
            {"virtualClusterId": "0ynz1ikogr9fbj6s2y3xfcyvf", "name": "", "applicationId": "00f1", "releaseLabel": "emr-7.2.0-latest",
             "jobDriver": {"sparkSubmitJobDriver": {"entryPointArguments": ["a"]}}, "retryPolicyConfiguration": {"maxAttempts": "3"}}
            """;
        var path = Payload.Write(json);

        var run = CliRun.Of("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: applicationId: unknown member of StartJobRunRequest", run.Output);
        Assert.Contains($"{path}: retryPolicyConfiguration.maxAttempts: expected an integer but found the string \"3\"; write 3 without quotes", run.Output);
        Assert.Contains($"{path}: name: ", run.Output);
        Assert.Contains($"{path}: jobDriver.sparkSubmitJobDriver.entryPoint: ", run.Output);
        var oracle = Assert.Throws<Xunit.Sdk.XunitException>(() => PayloadOracle.AssertValid(json, PayloadKind.EksStartJobRun));
        foreach (var member in new[] { "applicationId", "maxAttempts", "name", "entryPoint" })
        {
            Assert.Contains(member, oracle.Message);
        }
    }

    [Theory]
    [InlineData("""{"virtualClusterId": "abc", "jobDriver": [{"sparkSubmitJobDriver": {"entryPoint": "s3://b/app.py"}}]}""", "jobDriver: ")]
    [InlineData("""{"virtualClusterId": "abc", "tags": {"team": 7}}""", "tags.team: ")]
    [InlineData("""{"virtualClusterId": "abc", "configurationOverrides": {"monitoringConfiguration": {"persistentAppUI": "ON"}}}""", "configurationOverrides.monitoringConfiguration.persistentAppUI: ")]
    public void Malformed_requests_are_one_line_errors_with_their_path_and_a_way_out(string json, string place)
    {
        var path = Payload.Write(json);

        foreach (var command in new[] { "import", "lint" })
        {
            var run = CliRun.Of(command, path);

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith($"emrdsl: {path}: {place}", run.Error);
            Assert.Single(run.Error.TrimEnd().Split('\n'));
            Assert.Empty(run.Output);
        }

        var validate = CliRun.Of("validate", path);
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains($"{path}: {place}", validate.Output);
    }

    [Fact]
    public void Lint_reports_what_the_API_rejects_as_EMR010_in_text_and_SARIF()
    {
        var path = Payload.Write("""{"virtualClusterId": "0ynz1ikogr9fbj6s2y3xfcyvf", "name": "", "jobDriver": {"sparkSqlJobDriver": {"entryPoint": "s3://b/q.sql"}}}""");

        var text = CliRun.Of("lint", path);
        var sarifPath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, "lint.sarif");
        var sarif = CliRun.Of("lint", path, "--format", "sarif", "--out", sarifPath);

        Assert.Equal(1, text.ExitCode);
        Assert.StartsWith($"{path}: EMR010 error: ", text.Output);
        Assert.Contains("(name)", text.Output);
        Assert.Equal(1, sarif.ExitCode);
        var log = System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(sarifPath))!;
        // The EMR on EKS rules also report on this request (no logs, no retry policy); EMR010 is reported once.
        var result = log["runs"]![0]!["results"]!.AsArray().Single(r => r!["ruleId"]!.GetValue<string>() == "EMR010")!;
        Assert.Equal("name", result["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"]!.GetValue<string>());
        Assert.Empty(SarifValidator.Validate(new[] { sarifPath }));
    }
}
