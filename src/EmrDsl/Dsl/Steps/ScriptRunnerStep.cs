using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// A script run through script-runner.jar, which EMR publishes per region at
/// <c>s3://&lt;region&gt;.elasticmapreduce/libs/script-runner/script-runner.jar</c>.
/// </summary>
public sealed record ScriptRunnerStep : StepDefinition<ScriptRunnerStep>
{
    /// <summary>The region the AWS CLI uses for script-runner.jar when none is configured.</summary>
    public const string DefaultRegion = "us-east-1";

    internal ScriptRunnerStep(string name, string script, string[] args)
        : base(name)
    {
        Script = Require.S3UriOrLocalPath(script, nameof(script), "The script");
        Arguments = Require.Arguments(args, nameof(args)).ToEquatableArray();
    }

    /// <summary>The script, in S3 or at an absolute path on the primary node.</summary>
    public string Script { get; private init; }

    public EquatableArray<string> Arguments { get; private init; }

    /// <summary>The region whose copy of script-runner.jar runs the step: <see cref="DefaultRegion"/> unless set.</summary>
    public string Region { get; private init; } = DefaultRegion;

    /// <summary>Uses the script-runner.jar published in <paramref name="region"/>: pass the cluster's region.</summary>
    public ScriptRunnerStep InRegion(string region) => this with { Region = Require.Region(region, nameof(region)) };

    public override HadoopJarStepSpec ToHadoopJarStep() =>
        new() { Jar = StepJars.ScriptRunner(Region), Args = EquatableArray.Create(Script).AddRange(Arguments) };
}
