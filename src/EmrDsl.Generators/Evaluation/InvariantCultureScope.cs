using System;
using System.Globalization;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// Runs evaluation under the invariant culture: DSL code and interpolated strings format numbers, and the
/// payloads must not depend on the build machine's culture (a Finnish minus sign once leaked into
/// System.Text.Json's generated code this way).
/// </summary>
internal readonly struct InvariantCultureScope : IDisposable
{
    private readonly CultureInfo _previous;

#pragma warning disable RS1035 // Setting (not reading) the culture is the point: the compiler's locale must not reach payloads.
    private InvariantCultureScope(CultureInfo previous) => _previous = previous;

    public static InvariantCultureScope Enter()
    {
        var scope = new InvariantCultureScope(CultureInfo.CurrentCulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        return scope;
    }

    public void Dispose() => CultureInfo.CurrentCulture = _previous;
#pragma warning restore RS1035
}
