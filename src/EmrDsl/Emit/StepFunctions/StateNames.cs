using System;
using System.Collections.Generic;
using System.Globalization;

namespace EmrDsl.Emit.StepFunctions;

/// <summary>State names: at most 80 characters (States Language), unique within the state machine.</summary>
internal sealed class StateNames
{
    public const int MaxLength = 80;

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public StateNames(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            if (!_taken.Add(name))
            {
                throw new ArgumentException($"Two states are both named '{name}': give each state name option its own value.");
            }
        }
    }

    public static void Require(string? name, string option)
    {
        if (string.IsNullOrWhiteSpace(name) || name!.Length > MaxLength)
        {
            throw new ArgumentException($"StepFunctionsOptions.{option} '{name}' is not a state name: use 1 to {MaxLength} characters.", option);
        }
    }

    /// <summary>A name for a step's state: the step's name, cut to fit, numbered when another state has it already.</summary>
    public string ForStep(string? stepName, int index)
    {
        var baseName = string.IsNullOrWhiteSpace(stepName) ? "Step " + (index + 1).ToString(CultureInfo.InvariantCulture) : stepName!;
        var name = Cut(baseName, 0);
        for (var n = 2; !_taken.Add(name); n++)
        {
            name = Cut(baseName, n);
        }

        return name;
    }

    private static string Cut(string name, int number)
    {
        var suffix = number == 0 ? string.Empty : " (" + number.ToString(CultureInfo.InvariantCulture) + ")";
        return (name.Length + suffix.Length <= MaxLength ? name : name.Substring(0, MaxLength - suffix.Length)) + suffix;
    }
}
