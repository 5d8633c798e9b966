using System.Collections.Generic;

namespace EmrDsl.Wire;

/// <summary>Collects every problem found while reading a payload, so one pass reports them all.</summary>
internal sealed class WireReader
{
    private readonly List<WireError> _errors = new();

    public IReadOnlyList<WireError> Errors => _errors;

    public void Error(string path, string message) => _errors.Add(new WireError(path, message));
}
