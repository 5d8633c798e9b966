using System;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Emit.Terraform;

/// <summary>Values Terraform takes in the EMR API's own spelling: enum strings and JSON-text arguments.</summary>
internal static class ApiText
{
    public static string? Enum<T>(T? value)
        where T : struct, System.Enum =>
        value is null ? null : ApiEnum<T>.ToApi(value.Value);

    public static string Enum<T>(T value)
        where T : struct, System.Enum =>
        ApiEnum<T>.ToApi(value);

    /// <summary>
    /// The Configurations list as the JSON text <c>configurations_json</c> takes: the provider unmarshals it
    /// into the API's Configuration structures, so the API's own member names are kept.
    /// </summary>
    public static string? Configurations(EquatableArray<ConfigurationSpec> configurations)
    {
        if (configurations.IsEmpty)
        {
            return null;
        }

        var items = new JsonArray(Map(configurations, ConfigurationSpec.Shape.Write));
        return JsonText.Write(items).TrimEnd('\n');
    }

    /// <summary>An AutoScalingPolicy as the JSON text <c>autoscaling_policy</c> takes (the API's shape, as above).</summary>
    public static string? AutoScalingPolicy(AutoScalingPolicySpec? policy) =>
        policy is null ? null : JsonText.Write(AutoScalingPolicySpec.Shape.Write(policy)).TrimEnd('\n');

    private static JsonValue[] Map<T>(EquatableArray<T> items, Func<T, JsonValue> write)
    {
        var result = new JsonValue[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            result[i] = write(items[i]);
        }

        return result;
    }
}
