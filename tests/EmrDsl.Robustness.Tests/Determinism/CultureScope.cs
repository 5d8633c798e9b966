using System;
using System.Globalization;

namespace EmrDsl.Robustness.Tests.Determinism;

/// <summary>Runs code under another current culture and UI culture, restoring both on dispose.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    private CultureScope(string name)
    {
        var target = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = target;
        CultureInfo.CurrentUICulture = target;
    }

    public static CultureScope Enter(string name) => new(name);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
