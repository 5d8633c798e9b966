using System;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>Any classification, written by name: the escape hatch for what the typed builders do not cover.</summary>
public sealed class Classification : ClassificationBuilder<Classification>
{
    internal Classification(string name)
        : base(new ConfigurationSpec { Classification = Require.NonEmpty(name, nameof(name), "A classification name") })
    {
    }

    private Classification(ConfigurationSpec spec)
        : base(spec)
    {
    }

    /// <summary>Adds or merges a nested classification written by name.</summary>
    public Classification Nested(string classification, Func<Classification, Classification> configure) =>
        Nested(Build(new Classification(classification), configure));

    private protected override Classification Create(ConfigurationSpec spec) => new(spec);
}
