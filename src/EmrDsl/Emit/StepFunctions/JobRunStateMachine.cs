using System;
using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Serverless.Emit;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Emit.StepFunctions;

/// <summary>
/// An EMR Serverless job run as a state machine: one <c>emr-serverless:startJobRun.sync</c> state against the
/// application id read from the execution input, waiting until the job run ends.
/// </summary>
public static class JobRunStateMachine
{
    public const string Service = "emr-serverless";
    public const string DefaultApplicationIdPath = "$.ApplicationId";

    /// <summary>Members whose values are maps of the caller's own keys: their keys are written as they are.</summary>
    private static readonly HashSet<string> MapMembers = new(StringComparer.Ordinal) { "tags", "properties", "encryptionContext", "logTypes" };

    internal static JsonObject ToJson(ServerlessJobRunSpec spec, StepFunctionsOptions? options = null)
    {
        var o = (options ?? StepFunctionsOptions.Default).Checked();
        var applicationId = o.ApplicationIdPath ?? (StepFunctionsOptions.IsInputPath(spec.ApplicationId) ? spec.ApplicationId! : DefaultApplicationIdPath);

        // The integration names each member as the API does with an upper-case first letter (ApplicationId, JobDriver),
        // generates the client token itself when none is given (one the definition sets, such as an Airflow {{ ts_nodash }},
        // is kept), and takes the application id from the state data here.
        var request = StartJobRunJson.ToJson(spec with { ApplicationId = null });
        var parameters = new JsonObject().FromInput("ApplicationId", applicationId);
        foreach (var member in ((JsonObject)Capitalized(request, mapKeys: false)).Members)
        {
            parameters.Add(member.Key, member.Value);
        }

        var state = TaskStates.Task(
            TaskStates.Resource(Service, "startJobRun.sync"),
            parameters,
            resultPath: null,
            discardResult: false,
            o.StepTimeoutSeconds,
            TaskStates.Retry(o.StepRetries, o.RetryIntervalSeconds, o.RetryBackoffRate),
            @catch: null,
            next: null);
        return TaskStates.Machine(o.Comment, o.StartJobRunStateName, new[] { new KeyValuePair<string, JsonObject>(o.StartJobRunStateName, state) });
    }

    public static string Write(ServerlessJobRunSpec spec, StepFunctionsOptions? options = null) => JsonText.Write(ToJson(spec, options));

    private static JsonValue Capitalized(JsonValue value, bool mapKeys)
    {
        switch (value)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var member in obj.Members)
                {
                    var key = mapKeys || member.Key.Length == 0 ? member.Key : char.ToUpperInvariant(member.Key[0]) + member.Key.Substring(1);
                    copy.Add(key, Capitalized(member.Value, MapMembers.Contains(member.Key)));
                }

                return copy;
            case JsonArray array:
                var items = new List<JsonValue>();
                foreach (var item in array.Items)
                {
                    items.Add(Capitalized(item, mapKeys: false));
                }

                return new JsonArray(items);
            default:
                return value;
        }
    }
}
