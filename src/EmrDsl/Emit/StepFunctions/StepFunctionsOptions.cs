using System;
using System.Globalization;

namespace EmrDsl.Emit.StepFunctions;

/// <summary>
/// How a definition becomes an Amazon States Language state machine: state names, where the ids are read from the
/// execution input, retries and timeouts. Immutable; the defaults write the state machine docs/step-functions.md shows.
/// </summary>
public sealed record StepFunctionsOptions
{
    public static readonly StepFunctionsOptions Default = new();

    /// <summary>The state machine's <c>Comment</c>; none when null.</summary>
    public string? Comment { get; init; }

    /// <summary>
    /// Where a steps definition reads the cluster id from the input. Null: the definition's own cluster id when it is a
    /// path (<c>JobFlowSteps.For("$.cluster.id")</c>), else <c>$.ClusterId</c>.
    /// </summary>
    public string? ClusterIdPath { get; init; }

    /// <summary>Where a job run reads the application id from the input. Null: the job run's own id when it is a path, else <c>$.ApplicationId</c>.</summary>
    public string? ApplicationIdPath { get; init; }

    /// <summary>Where the create state puts its result (<c>{"ClusterId": ...}</c>) in the state data; every later state reads the id below it.</summary>
    public string ClusterResultPath { get; init; } = "$.Cluster";

    /// <summary>Where a caught error goes in the state data, so the cluster id beside it survives the Catch.</summary>
    public string ErrorResultPath { get; init; } = "$.Error";

    public string CreateClusterStateName { get; init; } = "Create cluster";

    public string TerminateClusterStateName { get; init; } = "Terminate cluster";

    public string TerminateAfterFailureStateName { get; init; } = "Terminate cluster after failure";

    public string FailStateName { get; init; } = "Failed";

    public string StartJobRunStateName { get; init; } = "Run job";

    /// <summary>
    /// How many times a step (or a job run) is run again after it fails, before the failure is caught; 0 runs each once.
    /// </summary>
    public int StepRetries { get; init; }

    /// <summary>Seconds before the first retry of a step or job run.</summary>
    public int RetryIntervalSeconds { get; init; } = 60;

    /// <summary>The factor each further retry's wait grows by.</summary>
    public double RetryBackoffRate { get; init; } = 2.0;

    /// <summary>How long one step or job run may take before the state fails with <c>States.Timeout</c>; no limit when null.</summary>
    public int? StepTimeoutSeconds { get; init; }

    /// <summary>How long creating the cluster (until it waits for steps) may take; no limit when null.</summary>
    public int? CreateClusterTimeoutSeconds { get; init; }

    /// <summary>Throws when an option cannot be written into a valid state machine, naming the option and a valid value.</summary>
    public StepFunctionsOptions Checked()
    {
        foreach (var (option, name) in new[]
        {
            (nameof(CreateClusterStateName), CreateClusterStateName), (nameof(TerminateClusterStateName), TerminateClusterStateName),
            (nameof(TerminateAfterFailureStateName), TerminateAfterFailureStateName), (nameof(FailStateName), FailStateName),
            (nameof(StartJobRunStateName), StartJobRunStateName),
        })
        {
            StateNames.Require(name, option);
        }

        foreach (var (option, path) in new[] { (nameof(ClusterIdPath), ClusterIdPath), (nameof(ApplicationIdPath), ApplicationIdPath), (nameof(ClusterResultPath), ClusterResultPath), (nameof(ErrorResultPath), ErrorResultPath) })
        {
            if (path is not null && !IsInputPath(path))
            {
                throw new ArgumentException($"StepFunctionsOptions.{option} '{path}' is not a JSONPath into the state data: start it with '$.' and leave out spaces (for example $.ClusterId).", option);
            }
        }

        RequireRange(nameof(StepRetries), StepRetries, 0, 99);
        RequireRange(nameof(RetryIntervalSeconds), RetryIntervalSeconds, 1, 99999999);
        if (RetryBackoffRate < 1.0 || double.IsNaN(RetryBackoffRate) || double.IsInfinity(RetryBackoffRate))
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "StepFunctionsOptions.RetryBackoffRate {0} is below 1.0, which States Language does not allow: use 1.0 for a fixed interval or 2.0 to double it.", RetryBackoffRate), nameof(RetryBackoffRate));
        }

        RequireRange(nameof(StepTimeoutSeconds), StepTimeoutSeconds, 1, 99999999);
        RequireRange(nameof(CreateClusterTimeoutSeconds), CreateClusterTimeoutSeconds, 1, 99999999);
        return this;
    }

    /// <summary>A JSONPath Step Functions reads from the state data: <c>$.</c> and at least one more character, no spaces.</summary>
    public static bool IsInputPath(string? text) =>
        text is not null && text.StartsWith("$.", StringComparison.Ordinal) && text.Length > 2 && text.IndexOf(' ') < 0;

    private static void RequireRange(string option, int? value, int min, int max)
    {
        if (value is { } v && (v < min || v > max))
        {
            throw new ArgumentOutOfRangeException(option, v, string.Format(CultureInfo.InvariantCulture, "StepFunctionsOptions.{0} must be between {1} and {2}.", option, min, max));
        }
    }
}
