using System.Runtime.CompilerServices;

namespace EmrDsl.Testing;

/// <summary>
/// The one assertion every payload test goes through: the payload matches its approved snapshot and
/// is valid against the oracle for its kind (the EMR service model shape, the Terraform schema, ...).
/// </summary>
public static class PayloadAssert
{
    public static void Matches(string json, PayloadKind kind, string approvedName, [CallerFilePath] string testFile = "")
    {
        PayloadOracle.AssertValid(json, kind);
        Snapshot.Match(json, approvedName, testFile);
    }
}
