namespace EmrDsl.Generators.Specs;

/// <summary>One payload of a definition, emitted as <c>public const string {Name} = {Content};</c>.</summary>
internal sealed record NamedArtifact(string Name, string Content);
