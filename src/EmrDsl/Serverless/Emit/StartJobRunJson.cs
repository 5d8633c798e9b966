using System;
using EmrDsl.Json;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Serverless.Emit;

/// <summary>The EMR Serverless StartJobRun request.</summary>
public static class StartJobRunJson
{
    internal static JsonObject ToJson(ServerlessJobRunSpec spec)
    {
        if (spec.JobDriver is null)
        {
            throw new InvalidOperationException($"The job run on application '{spec.ApplicationId}' has no job driver. Call .SparkSubmit(job) or .Hive(query).");
        }

        return ServerlessJobRunSpec.Shape.Write(spec);
    }

    public static string Write(ServerlessJobRunSpec spec) => JsonText.Write(ToJson(spec));
}
