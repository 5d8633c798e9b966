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
        switch (before, after)
        {
            case (null, null):
                return;
            case (_, null):
                paths.Add(path);
                return;
            case (JsonObject oldObject, JsonObject newObject):
                foreach (var member in newObject.Members)
                {
                    Compare(oldObject[member.Key], member.Value, WirePath.Member(path, member.Key), paths);
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
                    Compare(
                        i < oldArray.Items.Count ? oldArray.Items[i] : null,
                        i < newArray.Items.Count ? newArray.Items[i] : null,
                        WirePath.Index(path, i),
                        paths);
                }

                return;
            case (JsonObject or JsonArray, _):
            case (_, JsonObject or JsonArray):
            case (null, _):
                AddAll(after, path, paths);
                return;
            default:
                if (JsonText.Write(before) != JsonText.Write(after))
                {
                    paths.Add(path);
                }

                return;
        }
    }

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
