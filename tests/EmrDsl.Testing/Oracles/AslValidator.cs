using System;
using System.Collections.Generic;
using System.Linq;

namespace EmrDsl.Testing;

/// <summary>
/// The Amazon States Language validator (<c>asl-validator</c> 4.0.0 on npm: the ASL JSON schema, state transitions and
/// path expressions), installed by <c>npm ci</c> in tests/tools from its committed package-lock.json.
/// </summary>
public static class AslValidator
{
    /// <summary>Validates every file in one run; returns the validator's report when any definition is invalid, else null.</summary>
    public static string? Findings(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            throw new ArgumentException("No state machine definitions to validate.", nameof(files));
        }

        return NodeTool.Findings(
            "asl-validator",
            "node_modules/asl-validator/dist/bin/asl-validator.js",
            "it runs `npm ci` in tests/tools, which installs asl-validator 4.0.0 from the committed package-lock.json",
            files.SelectMany(file => new[] { "--json-path", file }));
    }
}
