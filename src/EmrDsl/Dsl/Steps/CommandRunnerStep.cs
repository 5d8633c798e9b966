using EmrDsl.Model;

namespace EmrDsl;

/// <summary>Any command run on the primary node through command-runner.jar, one element per word.</summary>
public sealed record CommandRunnerStep : StepDefinition<CommandRunnerStep>
{
    internal CommandRunnerStep(string name, string[] command)
        : base(name)
    {
        Command = Require.Arguments(command, nameof(command)).ToEquatableArray();
        if (Command.IsEmpty || Command[0].Trim().Length == 0)
        {
            throw new System.ArgumentException("The command is empty: pass the program first, then its arguments, for example (\"aws\", \"s3\", \"ls\").", nameof(command));
        }
    }

    /// <summary>The program and its arguments, passed to command-runner.jar unchanged.</summary>
    public EquatableArray<string> Command { get; private init; }

    public override HadoopJarStepSpec ToHadoopJarStep() => new() { Jar = StepJars.CommandRunner, Args = Command };
}
