using System;
using System.Linq;
using System.Text.Json;
using EmrDsl.Testing.Oracles;
using Xunit.Sdk;

namespace EmrDsl.Testing;

/// <summary>
/// Validates payloads against their oracles: API requests against the official AWS service models,
/// documents with a schema of their own against that schema. Fails with every violation found.
/// </summary>
public static class PayloadOracle
{
    public static void AssertValid(string json, PayloadKind kind)
    {
        switch (kind)
        {
            case PayloadKind.RunJobFlow:
                AssertMatchesShape(json, ServiceModel.Emr, "RunJobFlowInput");
                AssertNoLiteralSecret(json);
                break;
            case PayloadKind.AddJobFlowSteps:
                AssertMatchesShape(json, ServiceModel.Emr, "AddJobFlowStepsInput");
                break;
            case PayloadKind.PutAutoScalingPolicy:
                AssertMatchesShape(json, ServiceModel.Emr, "PutAutoScalingPolicyInput");
                break;
            case PayloadKind.PutManagedScalingPolicy:
                AssertMatchesShape(json, ServiceModel.Emr, "PutManagedScalingPolicyInput");
                break;
            case PayloadKind.PutBlockPublicAccessConfiguration:
                AssertMatchesShape(json, ServiceModel.Emr, "PutBlockPublicAccessConfigurationInput");
                break;
            case PayloadKind.AutoScalingPolicy:
                AssertMatchesShape(json, ServiceModel.Emr, "AutoScalingPolicy");
                break;
            case PayloadKind.CreateApplication:
                AssertMatchesShape(json, ServiceModel.EmrServerless, "CreateApplicationRequest");
                break;
            case PayloadKind.StartJobRun:
                AssertMatchesShape(json, ServiceModel.EmrServerless, "StartJobRunRequest");
                break;
            case PayloadKind.EksStartJobRun:
                AssertMatchesShape(json, ServiceModel.EmrContainers, "StartJobRunRequest");
                break;
            case PayloadKind.EksCreateVirtualCluster:
                AssertMatchesShape(json, ServiceModel.EmrContainers, "CreateVirtualClusterRequest");
                break;
            case PayloadKind.EksCreateJobTemplate:
                AssertMatchesShape(json, ServiceModel.EmrContainers, "CreateJobTemplateRequest");
                break;

            // Documents outside the service models: checked by their own schema oracles.
            case PayloadKind.SecurityConfiguration:
                AssertWellFormed(json);
                SecurityConfigurationOracle.AssertValid(json);
                break;
            case PayloadKind.Terraform:
                AssertWellFormed(json);
                TerraformSchemaOracle.AssertValid(json);
                TerraformSafetyOracle.AssertSafe(json);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "No oracle for this payload kind.");
        }
    }

    private static void AssertMatchesShape(string json, ServiceModel model, string shapeName)
    {
        AssertWellFormed(json);
        var violations = model.Validate(json, shapeName);
        if (violations.Count > 0)
        {
            throw new XunitException(
                $"The payload is not a valid {shapeName} ({model.File}); {violations.Count} violation(s):\n"
                + string.Join("\n", violations.Select(v => "  " + v))
                + "\n--- payload\n" + json);
        }
    }

    private static void AssertNoLiteralSecret(string json)
    {
        using var document = JsonDocument.Parse(json);
        var literals = SecretChecks.Literals(document.RootElement, "$").ToList();
        if (literals.Count > 0)
        {
            throw new XunitException("The payload carries a literal secret:\n  " + string.Join("\n  ", literals) + "\n--- payload\n" + json);
        }
    }

    private static void AssertWellFormed(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new XunitException($"The payload is not well-formed JSON: {e.Message}\n--- payload\n{json}");
        }
    }
}
