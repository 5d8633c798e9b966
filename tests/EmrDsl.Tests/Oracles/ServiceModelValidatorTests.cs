using System.Linq;
using EmrDsl.Testing.Oracles;
using Xunit;

namespace EmrDsl.Tests.Oracles;

/// <summary>Hand-made payloads with known faults produce exactly the expected violations, at the right paths.</summary>
public sealed class ServiceModelValidatorTests
{
    private const string ValidCluster = """
        {
          "Name": "etl",
          "ReleaseLabel": "emr-7.2.0",
          "Instances": {
            "InstanceGroups": [
              { "InstanceRole": "MASTER", "InstanceType": "m5.xlarge", "InstanceCount": 1 },
              { "InstanceRole": "CORE", "InstanceType": "m5.xlarge", "InstanceCount": 2, "Market": "SPOT" }
            ]
          },
          "Applications": [ { "Name": "Spark" } ],
          "Configurations": [ { "Classification": "spark-defaults", "Properties": { "spark.executor.memory": "4g" } } ],
          "StepExecutionRoleArn": "arn:aws:iam::123456789012:role/EMR_StepRole"
        }
        """;

    [Fact]
    public void Valid_cluster_has_no_violations() =>
        Assert.Empty(ServiceModel.Emr.Validate(ValidCluster, "RunJobFlowInput"));

    [Fact]
    public void Unknown_member_is_reported()
    {
        var json = ValidCluster.Replace("\"ReleaseLabel\"", "\"Release\"");

        AssertViolations(ServiceModel.Emr.Validate(json, "RunJobFlowInput"), ("Release", "RunJobFlowInput has no member Release"));
    }

    [Fact]
    public void Member_in_the_wrong_case_is_reported_with_the_right_name_and_the_required_one_as_missing() =>
        AssertViolations(
            ServiceModel.Emr.Validate("""{ "name": "etl", "Instances": {} }""", "RunJobFlowInput"),
            ("name", "RunJobFlowInput has no member name; did you mean Name?"),
            ("Name", "required member of RunJobFlowInput is missing"));

    [Fact]
    public void Missing_required_Name_of_a_step_is_reported() =>
        AssertViolations(
            ServiceModel.Emr.Validate("""{ "JobFlowId": "j-1", "Steps": [ { "Name": "ok", "HadoopJarStep": { "Jar": "a.jar" } }, { "HadoopJarStep": { "Jar": "b.jar" } } ] }""", "AddJobFlowStepsInput"),
            ("Steps[1].Name", "required member of StepConfig is missing"));

    [Fact]
    public void Wrong_enum_value_is_reported() =>
        AssertViolations(
            ServiceModel.Emr.Validate(ValidCluster.Replace("\"SPOT\"", "\"SPOTTY\""), "RunJobFlowInput"),
            ("Instances.InstanceGroups[1].Market", "'SPOTTY' is not one of ON_DEMAND, SPOT"));

    [Fact]
    public void String_too_long_is_reported_and_one_at_the_limit_is_not()
    {
        Assert.Empty(ServiceModel.Emr.Validate(ValidCluster.Replace("\"etl\"", Quote(new string('n', 256))), "RunJobFlowInput"));

        AssertViolations(
            ServiceModel.Emr.Validate(ValidCluster.Replace("\"etl\"", Quote(new string('n', 257))), "RunJobFlowInput"),
            ("Name", "length 257 is more than the maximum 256"));
    }

    [Fact]
    public void Length_counts_code_points_not_utf16_units() =>
        Assert.Empty(ServiceModel.Emr.Validate(ValidCluster.Replace("\"etl\"", Quote(string.Concat(Enumerable.Repeat("\U0001F600", 256)))), "RunJobFlowInput"));

    [Theory]
    [InlineData("0", "value 0 is less than the minimum 1")]
    [InlineData("101", "value 101 is more than the maximum 100")]
    public void Number_out_of_the_model_range_is_reported(string value, string message) =>
        AssertViolations(
            ServiceModel.Emr.Validate(ManagedScaling(value), "RunJobFlowInput"),
            ("ManagedScalingPolicy.UtilizationPerformanceIndex", message));

    [Theory]
    [InlineData("1")]
    [InlineData("100")]
    public void Number_at_the_model_bounds_is_valid(string value) =>
        Assert.Empty(ServiceModel.Emr.Validate(ManagedScaling(value), "RunJobFlowInput"));

    [Theory]
    [InlineData("3000000000", "expected an integer (32-bit) but found the number 3000000000")]
    [InlineData("1.5", "expected an integer (32-bit) but found the number 1.5")]
    [InlineData("\"2\"", "expected an integer (32-bit) but found the string '2'")]
    public void Integer_member_must_be_a_32_bit_integer(string value, string message) =>
        AssertViolations(
            ServiceModel.Emr.Validate(ValidCluster.Replace("\"InstanceCount\": 2", "\"InstanceCount\": " + value), "RunJobFlowInput"),
            ("Instances.InstanceGroups[1].InstanceCount", message));

    [Fact]
    public void Pattern_mismatch_is_reported()
    {
        var json = ValidCluster.Replace("\"CORE\", \"InstanceType\": \"m5.xlarge\"", "\"CORE\", \"InstanceType\": \"m5.xlarge\\u0007\"");

        AssertViolations(
            ServiceModel.Emr.Validate(json, "RunJobFlowInput"),
            ("Instances.InstanceGroups[1].InstanceType", "'m5.xlarge\u0007' does not match the pattern " + ServiceModel.Emr.Shape("InstanceType").Pattern));
    }

    [Fact]
    public void Wrong_type_of_a_nested_list_item_is_reported() =>
        AssertViolations(
            ServiceModel.Emr.Validate(ValidCluster.Replace("""[ { "Name": "Spark" } ]""", """[ { "Name": "Spark" }, "Hive" ]"""), "RunJobFlowInput"),
            ("Applications[1]", "expected an object (Application) but found the string 'Hive'"));

    [Fact]
    public void Wrong_type_inside_a_nested_string_list_and_map_is_reported() =>
        AssertViolations(
            ServiceModel.Emr.Validate(
                """{ "JobFlowId": "j-1", "Steps": [ { "Name": "s", "HadoopJarStep": { "Jar": "a.jar", "Args": [ "--x", 5 ] } } ] }""",
                "AddJobFlowStepsInput"),
            ("Steps[0].HadoopJarStep.Args[1]", "expected a string but found the number 5"));

    [Fact]
    public void Null_member_is_a_type_violation() =>
        AssertViolations(
            ServiceModel.Emr.Validate(ValidCluster.Replace("\"emr-7.2.0\"", "null"), "RunJobFlowInput"),
            ("ReleaseLabel", "expected a string but found null"));

    [Fact]
    public void Every_violation_is_collected_in_one_pass()
    {
        var json = ValidCluster
            .Replace("\"SPOT\"", "\"SPOTTY\"")
            .Replace("\"spark.executor.memory\": \"4g\"", "\"spark.executor.memory\": 4")
            .Replace("\"InstanceRole\": \"MASTER\", ", string.Empty);

        AssertViolations(
            ServiceModel.Emr.Validate(json, "RunJobFlowInput"),
            ("Instances.InstanceGroups[0].InstanceRole", "required member of InstanceGroupConfig is missing"),
            ("Instances.InstanceGroups[1].Market", "'SPOTTY' is not one of ON_DEMAND, SPOT"),
            ("Configurations[0].Properties.spark.executor.memory", "expected a string but found the number 4"));
    }

    [Fact]
    public void Root_of_the_wrong_type_is_reported_at_the_root() =>
        AssertViolations(ServiceModel.Emr.Validate("[]", "RunJobFlowInput"), ("(root)", "expected an object (RunJobFlowInput) but found an array"));

    [Fact]
    public void Serverless_job_run_is_valid_without_the_client_token_botocore_fills_in() =>
        Assert.Empty(ServiceModel.EmrServerless.Validate(JobRun("""{ "sparkSubmit": { "entryPoint": "s3://code/job.py" } }"""), "StartJobRunRequest"));

    [Fact]
    public void Serverless_job_driver_is_a_union_of_exactly_one_member() =>
        AssertViolations(
            ServiceModel.EmrServerless.Validate(
                JobRun("""{ "sparkSubmit": { "entryPoint": "s3://code/job.py" }, "hive": { "query": "s3://code/q.sql" } }"""),
                "StartJobRunRequest"),
            ("jobDriver", "JobDriver is a union: exactly one of sparkSubmit, hive must be set, found 2"));

    [Fact]
    public void Serverless_pattern_is_matched_against_the_whole_value() =>
        AssertViolations(
            ServiceModel.EmrServerless.Validate(JobRun("""{ "sparkSubmit": { "entryPoint": "s3://code/job.py" } }""").Replace("00abc", "00ABC"), "StartJobRunRequest"),
            ("applicationId", "'00ABC' does not match the pattern [0-9a-z]+"));

    [Fact]
    public void Unknown_shape_name_is_an_argument_error() =>
        Assert.Contains("RunJobFlowRequest", Assert.Throws<System.ArgumentException>(() => ServiceModel.Emr.Validate("{}", "RunJobFlowRequest")).Message);

    private static string ManagedScaling(string index) =>
        ValidCluster.Replace(
            "\"Applications\"",
            "\"ManagedScalingPolicy\": { \"UtilizationPerformanceIndex\": " + index + " }, \"Applications\"");

    private static string JobRun(string driver) =>
        """{ "applicationId": "00abc", "executionRoleArn": "arn:aws:iam::123456789012:role/JobRole", "jobDriver": """ + driver + " }";

    private static string Quote(string text) => "\"" + text + "\"";

    private static void AssertViolations(System.Collections.Generic.IReadOnlyList<Violation> actual, params (string Path, string Message)[] expected) =>
        Assert.Equal(expected.Select(e => new Violation(e.Path, e.Message)), actual);
}
