using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using EmrDsl.Cli.Import.Syntax;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import;

/// <summary>
/// spark-submit options read back into <see cref="SparkJob"/> calls (<c>.Class(...)</c>, <c>.Conf(...)</c>,
/// <c>.Executors(memory: ...)</c>): shared by EMR steps (an argument list) and EMR Serverless runs (one
/// <c>sparkSubmitParameters</c> string).
/// </summary>
internal static class SparkOptionCode
{
    private static readonly Regex SparkMemory = new("^([1-9][0-9]{0,8})([mg])$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Reads <c>--option value</c> pairs from <paramref name="start"/> while they are options SparkJob writes; returns them
    /// and the index of the first word that is not one, or null when an option is one SparkJob does not write.
    /// </summary>
    public static (Fluent<SparkJob> Options, int Next)? Read(IReadOnlyList<string> words, int start)
    {
        var options = Fluent<SparkJob>.Empty;
        var i = start;
        for (; i < words.Count - 1 && words[i].StartsWith("--", StringComparison.Ordinal); i += 2)
        {
            if (Option(words[i], words[i + 1]) is not { } option)
            {
                return null;
            }

            options = options.Then(option.Call, option.Apply);
        }

        return (options, i);
    }

    /// <summary>All of <paramref name="parameters"/> (space-separated, as EMR Serverless takes them) as options; null when any word is not one.</summary>
    public static Fluent<SparkJob>? ReadAll(string? parameters)
    {
        if (parameters is null)
        {
            return Fluent<SparkJob>.Empty;
        }

        var words = parameters.Split(' ');
        return Read(words, 0) is { } read && read.Next == words.Length ? read.Options : null;
    }

    private static (Call Call, Func<SparkJob, SparkJob> Apply)? Option(string option, string value)
    {
        switch (option)
        {
            case "--class":
                return (new Call("Class", S(value)), s => s.Class(value));
            case "--conf" when value.IndexOf('=') > 0:
                var key = value.Substring(0, value.IndexOf('='));
                var setting = value.Substring(key.Length + 1);
                return (new Call("Conf", S(key), S(setting)), s => s.Conf(key, setting));
            case "--jars":
                var jars = value.Split(',');
                return (new Call("Jars", Strings(jars)), s => s.Jars(jars));
            case "--packages":
                var packages = value.Split(',');
                return (new Call("Packages", Strings(packages)), s => s.Packages(packages));
            case "--py-files":
                var pyFiles = value.Split(',');
                return (new Call("PyFiles", Strings(pyFiles)), s => s.PyFiles(pyFiles));
            case "--files":
                var files = value.Split(',');
                return (new Call("Files", Strings(files)), s => s.Files(files));
            case "--driver-memory" when Memory(value) is { } driverMemory:
                return (new Call("Driver", Named("memory", driverMemory.Code)), s => s.Driver(memory: driverMemory.Value));
            case "--executor-memory" when Memory(value) is { } executorMemory:
                return (new Call("Executors", Named("memory", executorMemory.Code)), s => s.Executors(memory: executorMemory.Value));
            case "--driver-cores" when Count(value) is { } driverCores:
                return (new Call("Driver", Named("cores", I(driverCores))), s => s.Driver(cores: driverCores));
            case "--executor-cores" when Count(value) is { } executorCores:
                return (new Call("Executors", Named("cores", I(executorCores))), s => s.Executors(cores: executorCores));
            case "--num-executors" when Count(value) is { } executors:
                return (new Call("Executors", Named("count", I(executors))), s => s.Executors(count: executors));
            default:
                return null;
        }
    }

    private static (Token Code, Memory Value)? Memory(string text)
    {
        var match = SparkMemory.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value == "g"
            ? (new Token($"Memory.Gigabytes({I(amount).Text})"), EmrDsl.Memory.Gigabytes(amount))
            : (new Token($"Memory.Megabytes({I(amount).Text})"), EmrDsl.Memory.Megabytes(amount));
    }

    /// <summary>A whole number written plainly (no sign, no leading zeros), so it reads back as the same text.</summary>
    public static int? Count(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value.ToString(CultureInfo.InvariantCulture) == text ? value : null;
}
