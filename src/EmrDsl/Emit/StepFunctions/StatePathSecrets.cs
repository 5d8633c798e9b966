using System;
using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Emit.StepFunctions;

/// <summary>
/// Turns a request into Task Parameters: every secret that is a Step Functions path (<c>$.secrets.kdc</c>) gets the key
/// suffix <c>.$</c>, so Step Functions reads the value from the state data instead of sending the path as the password.
/// Nothing else changes: another string that happens to start with <c>$.</c> stays a plain value.
/// </summary>
internal static class StatePathSecrets
{
    public static JsonObject Parameters(JsonObject request, IEnumerable<SecretValue> secrets)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var secret in secrets)
        {
            if (SecretReference.Parse(secret.Text)?.Source == SecretSource.StepFunctionsPath)
            {
                paths.Add(secret.Path);
            }
        }

        return (JsonObject)Rewrite(request, string.Empty, paths);
    }

    private static JsonValue Rewrite(JsonValue value, string path, HashSet<string> secretPaths)
    {
        switch (value)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var member in obj.Members)
                {
                    var memberPath = WirePath.Member(path, member.Key);
                    copy.Add(secretPaths.Contains(memberPath) ? member.Key + ".$" : member.Key, Rewrite(member.Value, memberPath, secretPaths));
                }

                return copy;
            case JsonArray array:
                var items = new List<JsonValue>();
                for (var i = 0; i < array.Items.Count; i++)
                {
                    items.Add(Rewrite(array.Items[i], WirePath.Index(path, i), secretPaths));
                }

                return new JsonArray(items);
            default:
                return value;
        }
    }
}
