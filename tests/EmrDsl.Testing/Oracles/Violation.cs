namespace EmrDsl.Testing.Oracles;

/// <summary>One way a payload breaks its service model: where (<c>Instances.InstanceGroups[1].Market</c>) and what.</summary>
public sealed record Violation(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
