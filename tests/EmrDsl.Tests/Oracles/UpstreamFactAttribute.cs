using System.IO;
using System.Runtime.CompilerServices;
using EmrDsl.Testing;
using Xunit;

namespace EmrDsl.Tests.Oracles;

/// <summary>
/// A test that reads the upstream oracles. Where ../shared is absent (a fresh clone) it is skipped, and its name
/// says so, since the test console prints a skipped test's name but not its reason.
/// </summary>
public sealed class UpstreamFactAttribute : FactAttribute
{
    public UpstreamFactAttribute([CallerMemberName] string test = "")
    {
        if (!Directory.Exists(RepoPaths.Upstream))
        {
            Skip = $"No upstream oracles at {RepoPaths.Upstream}: the copies in tests/oracles were NOT compared with them.";
            DisplayName = $"{test} (SKIPPED: no ../shared beside the repository root, so tests/oracles was NOT compared with the upstream)";
        }
    }
}
