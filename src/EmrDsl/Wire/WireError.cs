namespace EmrDsl.Wire;

/// <summary>A problem found while reading a payload: where (a path such as <c>Instances.InstanceGroups[1].Market</c>) and what.</summary>
internal sealed record WireError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
