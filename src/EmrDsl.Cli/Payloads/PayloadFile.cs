using System.Collections.Generic;
using System.IO;
using System.Linq;
using EmrDsl.Json;

namespace EmrDsl.Cli.Payloads;

/// <summary>A request read from a JSON file: its path (for messages), its JSON, which request it is, and where each member lies in the file.</summary>
internal sealed record PayloadFile(string Path, JsonObject Json, PayloadKind Kind, PayloadRegions Regions)
{
    /// <summary>Reads and classifies <paramref name="path"/>; malformed JSON or an unknown shape is a <see cref="CliException"/> naming the place.</summary>
    public static PayloadFile Read(string path)
    {
        var text = File.ReadAllText(CliFiles.RequireExisting(path));
        JsonValue json;
        var spans = new Dictionary<string, JsonSpan>();
        try
        {
            json = JsonParser.Parse(text, spans);
        }
        catch (JsonParseException ex)
        {
            throw new CliException($"{path}:{ex.Line}:{ex.Column}: {ex.Reason}.");
        }

        if (json is not JsonObject request)
        {
            throw new CliException($"{path}: expected a JSON object (an EMR request) but found {JsonKinds.Describe(json)}.");
        }

        return new PayloadFile(path, request, Classify(path, request), new PayloadRegions(text, spans));
    }

    /// <summary>
    /// Each request is recognised by a member it requires and the others lack; anything else is refused
    /// rather than guessed at (a wrapper such as <c>{"Cluster": {...}}</c> must be unwrapped first).
    /// </summary>
    private static PayloadKind Classify(string path, JsonObject request)
    {
        bool Has(string name) => request[name] is not null;

        if (Has("JobFlowId"))
        {
            return PayloadKind.AddJobFlowSteps;
        }

        // EMR on EKS requests first: a StartJobRun has a releaseLabel too, and Serverless reads that with type.
        if (Has("virtualClusterId"))
        {
            return PayloadKind.EksStartJobRun;
        }

        if (Has("containerProvider"))
        {
            return PayloadKind.EksCreateVirtualCluster;
        }

        if (Has("jobTemplateData"))
        {
            return PayloadKind.EksCreateJobTemplate;
        }

        if (Has("applicationId"))
        {
            return PayloadKind.ServerlessStartJobRun;
        }

        if (Has("releaseLabel") && Has("type"))
        {
            return PayloadKind.ServerlessCreateApplication;
        }

        if (Has("Instances") || Has("Name"))
        {
            return PayloadKind.RunJobFlow;
        }

        // RunJobFlow may carry ManagedScalingPolicy too, so these come after it.
        if (Has("ManagedScalingPolicy"))
        {
            return PayloadKind.PutManagedScalingPolicy;
        }

        if (Has("AutoScalingPolicy"))
        {
            return PayloadKind.PutAutoScalingPolicy;
        }

        if (Has("Rules") || Has("Constraints"))
        {
            return PayloadKind.AutoScalingPolicy;
        }

        if (Has("BlockPublicAccessConfiguration"))
        {
            return PayloadKind.PutBlockPublicAccessConfiguration;
        }

        if (Has("EncryptionConfiguration") || Has("AuthenticationConfiguration") || Has("AuthorizationConfiguration") || Has("InstanceMetadataServiceConfiguration"))
        {
            return PayloadKind.SecurityConfiguration;
        }

        var members = request.Count == 0 ? "no members" : "members " + string.Join(", ", request.Members.Select(m => m.Key).Take(5));
        throw new CliException(
            $"{path}: not a request emrdsl knows ({members}); expected RunJobFlow (Name, Instances, ...), AddJobFlowSteps (JobFlowId, Steps), " +
            "PutAutoScalingPolicy (ClusterId, InstanceGroupId, AutoScalingPolicy), PutManagedScalingPolicy (ClusterId, ManagedScalingPolicy), " +
            "an automatic scaling policy (Constraints, Rules), a security configuration document (EncryptionConfiguration, AuthenticationConfiguration, " +
            "AuthorizationConfiguration, InstanceMetadataServiceConfiguration), PutBlockPublicAccessConfiguration (BlockPublicAccessConfiguration), EMR Serverless CreateApplication (name, releaseLabel, type) or StartJobRun (applicationId, executionRoleArn, jobDriver), " +
            "or EMR on EKS StartJobRun (virtualClusterId, executionRoleArn, releaseLabel, jobDriver), CreateVirtualCluster (name, containerProvider) or CreateJobTemplate (name, jobTemplateData).");
    }
}
