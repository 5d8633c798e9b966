using System.IO;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Oracles;

/// <summary>A test that reads the upstream oracles: reported as skipped, with the reason, where ../shared is absent (a fresh clone).</summary>
public sealed class UpstreamFactAttribute : FactAttribute
{
    public UpstreamFactAttribute()
    {
        if (!Directory.Exists(RepoPaths.Upstream))
        {
            Skip = $"No upstream oracles at {RepoPaths.Upstream}: the copies in tests/oracles were NOT compared with them.";
        }
    }
}
