using Xunit;

namespace EmrDsl.EndToEnd.Tests;

/// <summary>Every end-to-end test shares one packed feed, and runs one at a time: each build uses both cores.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<EndToEndWorkspace>
{
    public const string Name = "End to end";
}
