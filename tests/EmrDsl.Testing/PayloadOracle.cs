using System.Text.Json;

namespace EmrDsl.Testing;

/// <summary>
/// Validates payloads against their oracles. Until a kind has its oracle, a payload must at least be
/// well-formed JSON; the oracle work (service model walker, Terraform schema) plugs in here.
/// </summary>
public static class PayloadOracle
{
    public static void AssertValid(string json, PayloadKind kind)
    {
        using var document = JsonDocument.Parse(json);
        _ = kind;
    }
}
