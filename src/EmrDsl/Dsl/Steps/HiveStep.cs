using System;
using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// A Hive script run through command-runner.jar as <c>hive-script --run-hive-script --args -f &lt;script&gt;</c>,
/// followed by <c>-d key=value</c> for each variable: the command the AWS CLI writes for a Hive step.
/// </summary>
public sealed record HiveStep : StepDefinition<HiveStep>
{
    internal HiveStep(string name, string script)
        : base(name) => Script = Require.S3UriOrLocalPath(script, nameof(script), "The Hive script");

    /// <summary>The HiveQL file, in S3 or on the cluster.</summary>
    public string Script { get; private init; }

    /// <summary>Variables the script reads as <c>${key}</c>, in the order first set.</summary>
    public EquatableArray<MapEntry> Variables { get; private init; }

    /// <summary>Defines a variable (<c>-d key=value</c>); defining a key again replaces its value in place.</summary>
    public HiveStep Variable(string key, string value) => this with
    {
        Variables = Variables.Set(
            Require.AssignmentKey(key, nameof(key), "The Hive variable name"),
            value ?? throw new ArgumentNullException(nameof(value), $"Pass a value for the Hive variable '{key}'.")),
    };

    public override HadoopJarStepSpec ToHadoopJarStep()
    {
        var args = new List<string> { "hive-script", "--run-hive-script", "--args", "-f", Script };
        foreach (var variable in Variables)
        {
            args.Add("-d");
            args.Add(variable.Key + "=" + variable.Value);
        }

        return new HadoopJarStepSpec { Jar = StepJars.CommandRunner, Args = args.ToEquatableArray() };
    }
}
