using EmrDsl.Model;

namespace EmrDsl;

/// <summary>Tags of the cluster, propagated to its EC2 instances.</summary>
public sealed partial class Cluster
{
    /// <summary>Sets a tag; setting a key again replaces its value in place. The value may be empty.</summary>
    public Cluster Tag(string key, string value) =>
        With(s => s with { Tags = s.Tags.Set(Require.NonEmpty(key, nameof(key), "A tag key"), Require.NotNull(value, nameof(value), $"The value of tag '{key}'")) });

    /// <summary>Sets several tags, e.g. <c>.Tags(("Owner", "data-eng"), ("CostCenter", "42"))</c>.</summary>
    public Cluster Tags(params (string Key, string Value)[] tags)
    {
        var result = this;
        foreach (var (key, value) in Require.NotNull(tags, nameof(tags), "The tags"))
        {
            result = result.Tag(key, value);
        }

        return result;
    }
}
