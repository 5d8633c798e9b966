using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;
using Xunit.Sdk;

namespace EmrDsl.Testing;

/// <summary>
/// Approved-file snapshots: the approved text lives beside the test in Approved/, compared byte for byte.
/// Set EMRDSL_APPROVE=1 to (re)write approved files from the current output instead of failing.
/// </summary>
public static class Snapshot
{
    public const string ApproveVariable = "EMRDSL_APPROVE";

    public static void Match(string actual, string name, [CallerFilePath] string testFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Approved");
        var approvedPath = Path.Combine(directory, name);
        var approve = Environment.GetEnvironmentVariable(ApproveVariable) == "1";

        if (approve)
        {
            Directory.CreateDirectory(directory);
            if (!File.Exists(approvedPath) || File.ReadAllText(approvedPath) != actual)
            {
                File.WriteAllText(approvedPath, actual);
            }

            return;
        }

        if (!File.Exists(approvedPath))
        {
            throw new XunitException($"No approved file {approvedPath}. Review the output and run with {ApproveVariable}=1 to approve it.\n{actual}");
        }

        var approved = File.ReadAllText(approvedPath);
        if (approved != actual)
        {
            throw new XunitException(
                $"Output differs from {approvedPath} at character {FirstDifference(approved, actual)}. " +
                $"If the change is intended, run with {ApproveVariable}=1.\n--- approved\n{approved}\n--- actual\n{actual}");
        }
    }

    private static int FirstDifference(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return length;
    }
}
