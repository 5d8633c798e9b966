using System;
using EmrDsl.Json;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Serverless.Emit;

/// <summary>The EMR Serverless CreateApplication request.</summary>
public static class CreateApplicationJson
{
    internal static JsonObject ToJson(ServerlessApplicationSpec spec)
    {
        if (spec.ReleaseLabel is null)
        {
            throw new InvalidOperationException($"The application '{spec.Name}' has no release label, which CreateApplication requires. Call .Release(\"emr-7.0.0\").");
        }

        if (spec.Type is null)
        {
            throw new InvalidOperationException($"The application '{spec.Name}' has no type, which CreateApplication requires. Call .Type(ServerlessEngine.Spark).");
        }

        return ServerlessApplicationSpec.Shape.Write(spec);
    }

    public static string Write(ServerlessApplicationSpec spec) => JsonText.Write(ToJson(spec));
}
