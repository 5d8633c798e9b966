using System;
using System.Globalization;

namespace EmrDsl.Robustness.Tests.Fuzzing;

/// <summary>
/// How much to fuzz. The default is small so the suite stays quick; <c>EMRDSL_FUZZ_RUNS=5000</c> fuzzes longer and
/// <c>EMRDSL_FUZZ_SEED=n</c> starts elsewhere. Run <c>i</c> uses seed <c>EMRDSL_FUZZ_SEED + i</c>, so a failing run is
/// reproduced alone with <c>EMRDSL_FUZZ_SEED=&lt;its seed&gt; EMRDSL_FUZZ_RUNS=1</c>.
/// </summary>
internal static class FuzzSettings
{
    public const int DefaultRuns = 400;
    public const int DefaultSeed = 20260425;

    /// <summary>
    /// A guard against hangs, not a speed target (those live in bench/): a mutant takes well under a second on an idle
    /// machine, a runaway evaluation stops at the evaluator's own step budget (EMRG010), and the guard leaves room for
    /// a machine busy with other builds, where the first run in a process also pays for loading the compiler.
    /// </summary>
    public static readonly TimeSpan PerRunTimeout = TimeSpan.FromSeconds(60);

    public static int Runs => Read("EMRDSL_FUZZ_RUNS", DefaultRuns);

    public static int Seed => Read("EMRDSL_FUZZ_SEED", DefaultSeed);

    private static int Read(string variable, int fallback)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{variable}='{text}' is not an integer; set it to a whole number such as 1000.");
    }
}
