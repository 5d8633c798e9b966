using EmrDsl.Testing;
using Xunit;
using Xunit.Sdk;

namespace EmrDsl.Tests.Oracles;

public sealed class PayloadOracleTests
{
    [Fact]
    public void Valid_payload_of_each_service_kind_passes()
    {
        PayloadOracle.AssertValid("""{ "Name": "etl", "Instances": {} }""", PayloadKind.RunJobFlow);
        PayloadOracle.AssertValid("""{ "JobFlowId": "j-1", "Steps": [] }""", PayloadKind.AddJobFlowSteps);
        PayloadOracle.AssertValid("""{ "releaseLabel": "emr-7.2.0", "type": "SPARK" }""", PayloadKind.CreateApplication);
        PayloadOracle.AssertValid(
            """{ "applicationId": "00abc", "executionRoleArn": "arn:aws:iam::123456789012:role/JobRole" }""",
            PayloadKind.StartJobRun);
    }

    [Fact]
    public void Failure_lists_every_violation()
    {
        var failure = Assert.Throws<XunitException>(() => PayloadOracle.AssertValid("""{ "Instances": [], "Colour": "red" }""", PayloadKind.RunJobFlow));

        Assert.Contains("3 violation(s)", failure.Message);
        Assert.Contains("Instances: expected an object (JobFlowInstancesConfig) but found an array", failure.Message);
        Assert.Contains("Colour: RunJobFlowInput has no member Colour", failure.Message);
        Assert.Contains("Name: required member of RunJobFlowInput is missing", failure.Message);
    }

    [Fact]
    public void Serverless_kinds_use_the_serverless_model() =>
        Assert.Contains(
            "applicationId: required member of StartJobRunRequest is missing",
            Assert.Throws<XunitException>(() => PayloadOracle.AssertValid("""{ "executionRoleArn": "arn:aws:iam::123456789012:role/JobRole" }""", PayloadKind.StartJobRun)).Message);

    [Theory]
    [InlineData(PayloadKind.RunJobFlow)]
    [InlineData(PayloadKind.Terraform)]
    [InlineData(PayloadKind.SecurityConfiguration)]
    public void Malformed_json_fails_for_every_kind(PayloadKind kind) =>
        Assert.Contains("not well-formed JSON", Assert.Throws<XunitException>(() => PayloadOracle.AssertValid("{ \"a\": ", kind)).Message);
}
