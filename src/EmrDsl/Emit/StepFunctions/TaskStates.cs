using System.Collections.Generic;
using EmrDsl.Json;

namespace EmrDsl.Emit.StepFunctions;

/// <summary>The States Language pieces every state machine EmrDsl writes is made of: Task, Retry, Catch and Fail.</summary>
internal static class TaskStates
{
    /// <summary>Every error a Task can raise, the service's and the state machine's own (timeouts included).</summary>
    public const string AllErrors = "States.ALL";

    public static string Resource(string service, string api) => "arn:aws:states:::" + service + ":" + api;

    /// <summary>A Task state; <paramref name="next"/> null ends the execution there.</summary>
    public static JsonObject Task(string resource, JsonObject parameters, string? resultPath, bool discardResult, int? timeoutSeconds, JsonArray? retry, JsonArray? @catch, string? next)
    {
        var state = new JsonObject()
            .Add("Type", new JsonString("Task"))
            .Add("Resource", new JsonString(resource))
            .Add("Parameters", parameters)
            .Add("ResultPath", discardResult ? JsonNull.Instance : resultPath is null ? null : new JsonString(resultPath))
            .Add("TimeoutSeconds", timeoutSeconds is { } seconds ? JsonNumber.From(seconds) : null)
            .Add("Retry", retry)
            .Add("Catch", @catch);
        return next is null ? state.Add("End", JsonBool.True) : state.Add("Next", new JsonString(next));
    }

    /// <summary>Retries on any error, or none when <paramref name="retries"/> is 0.</summary>
    public static JsonArray? Retry(int retries, int intervalSeconds, double backoffRate) =>
        retries == 0
            ? null
            : new JsonArray(new JsonValue[]
            {
                new JsonObject()
                    .Add("ErrorEquals", new JsonArray(new JsonValue[] { new JsonString(AllErrors) }))
                    .Add("IntervalSeconds", JsonNumber.From(intervalSeconds))
                    .Add("MaxAttempts", JsonNumber.From(retries))
                    .Add("BackoffRate", JsonNumber.From(backoffRate)),
            });

    /// <summary>Goes to <paramref name="next"/> on any error, keeping the state data and putting the error at <paramref name="resultPath"/>.</summary>
    public static JsonArray Catch(string next, string resultPath) =>
        new(new JsonValue[]
        {
            new JsonObject()
                .Add("ErrorEquals", new JsonArray(new JsonValue[] { new JsonString(AllErrors) }))
                .Add("ResultPath", new JsonString(resultPath))
                .Add("Next", new JsonString(next)),
        });

    public static JsonObject Fail(string error, string cause) =>
        new JsonObject()
            .Add("Type", new JsonString("Fail"))
            .Add("Error", new JsonString(error))
            .Add("Cause", new JsonString(cause));

    /// <summary>The whole document: Comment, StartAt and the states in the order given.</summary>
    public static JsonObject Machine(string? comment, string startAt, IEnumerable<KeyValuePair<string, JsonObject>> states)
    {
        var members = new JsonObject();
        foreach (var state in states)
        {
            members.Add(state.Key, state.Value);
        }

        return new JsonObject()
            .Add("Comment", comment is null ? null : new JsonString(comment))
            .Add("StartAt", new JsonString(startAt))
            .Add("States", members);
    }

    /// <summary>A member read from the state data: the key takes the suffix <c>.$</c>.</summary>
    public static JsonObject FromInput(this JsonObject parameters, string key, string path) =>
        parameters.Add(key + ".$", new JsonString(path));
}
