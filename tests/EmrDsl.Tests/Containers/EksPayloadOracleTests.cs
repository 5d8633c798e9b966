using EmrDsl.Testing;
using Xunit;
using Xunit.Sdk;

namespace EmrDsl.Tests.Containers;

/// <summary>The EMR on EKS oracle rejects what the emr-containers API rejects, so the payload tests can fail.</summary>
public sealed class EksPayloadOracleTests
{
    [Fact]
    public void A_serverless_member_and_a_bad_release_label_are_rejected()
    {
        const string json = """
            {
              "virtualClusterId": "0ynz1ikogr9fbj6s2y3xfcyvf",
              "applicationId": "00fabcdefgh12345",
              "releaseLabel": "emr 7.2.0",
              "jobDriver": { "sparkSubmitJobDriver": { "entryPoint": "s3://my-bucket/app.py" } }
            }
            """;

        var error = Assert.Throws<XunitException>(() => PayloadOracle.AssertValid(json, PayloadKind.EksStartJobRun));
        Assert.Contains("applicationId", error.Message);
        Assert.Contains("releaseLabel", error.Message);
    }
}
