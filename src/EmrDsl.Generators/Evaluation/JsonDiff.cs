using System.Collections.Generic;
using EmrDsl.Json;
using EmrDsl.Wire;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// The paths where two wire documents differ: every value a call added or changed (with all the leaves under
/// it, so a later finding on any of them maps back to the call) and every value it removed.
/// </summary>
internal static class JsonDiff
{
    public static List<string> ChangedPaths(JsonValue? before, JsonValue? after)
    {
        var paths = new List<string>();
        Compare(before, after, string.Empty, paths);
        return paths;
    }

    private static void Compare(JsonValue? before, JsonValue? after, string path, List<string> paths)
    {
        if (ReferenceEquals(before, after))
        {
            return;
        }

        switch (before, after)
        {
            case (_, null):
                paths.Add(path);
                return;
            case (JsonObject oldObject, JsonObject newObject):
                foreach (var member in newObject.Members)
                {
                    var old = oldObject[member.Key];
                    if (!Unchanged(old, member.Value))
                    {
                        Compare(old, member.Value, WirePath.Member(path, member.Key), paths);
                    }
                }

                foreach (var member in oldObject.Members)
                {
                    if (newObject[member.Key] is null)
                    {
                        paths.Add(WirePath.Member(path, member.Key));
                    }
                }

                return;
            case (JsonArray oldArray, JsonArray newArray):
                for (var i = 0; i < System.Math.Max(oldArray.Items.Count, newArray.Items.Count); i++)
                {
                    var oldItem = i < oldArray.Items.Count ? oldArray.Items[i] : null;
                    var newItem = i < newArray.Items.Count ? newArray.Items[i] : null;
                    if (!Unchanged(oldItem, newItem))
                    {
                        Compare(oldItem, newItem, WirePath.Index(path, i), paths);
                    }
                }

                return;
            case (JsonObject or JsonArray, _):
            case (_, JsonObject or JsonArray):
            case (null, _):
                AddAll(after, path, paths);
                return;
            default:
                if (!SameScalar(before, after))
                {
                    paths.Add(path);
                }

                return;
        }
    }

    /// <summary>The same node, or equal scalars: checked before a member's path is put together, as most members are unchanged.</summary>
    private static bool Unchanged(JsonValue? before, JsonValue? after) =>
        ReferenceEquals(before, after) || (before is not (null or JsonObject or JsonArray) && after is not (null or JsonObject or JsonArray) && SameScalar(before, after));

    /// <summary>Whether two scalars would be written as the same JSON text, without writing them.</summary>
    private static bool SameScalar(JsonValue before, JsonValue after) => (before, after) switch
    {
        (JsonString a, JsonString b) => a.Value == b.Value,
        (JsonNumber a, JsonNumber b) => a.Text == b.Text,
        (JsonBool a, JsonBool b) => a.Value == b.Value,
        (JsonNull, JsonNull) => true,
        _ => false,
    };

    private static void AddAll(JsonValue value, string path, List<string> paths)
    {
        if (path.Length > 0)
        {
            paths.Add(path);
        }

        switch (value)
        {
            case JsonObject obj:
                foreach (var member in obj.Members)
                {
                    AddAll(member.Value, WirePath.Member(path, member.Key), paths);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Items.Count; i++)
                {
                    AddAll(array.Items[i], WirePath.Index(path, i), paths);
                }

                break;
        }
    }
}
