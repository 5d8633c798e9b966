using System;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>
/// A Spark application run through command-runner.jar as
/// <c>spark-submit [--deploy-mode mode] &lt;options&gt; &lt;entry point&gt; &lt;arguments&gt;</c>, options in the
/// fixed order <see cref="SparkJob"/> documents. The Spark options live in <see cref="Job"/>, so the same job
/// can target EMR Serverless.
/// </summary>
public sealed record SparkSubmitStep : StepDefinition<SparkSubmitStep>
{
    internal SparkSubmitStep(string name, SparkJob job)
        : base(name) => Job = job ?? throw new ArgumentNullException(nameof(job), "Pass a job, for example SparkJob.For(\"s3://my-bucket/jobs/etl.py\").");

    /// <summary>The application and its spark-submit options.</summary>
    public SparkJob Job { get; private init; }

    /// <summary>The <c>--deploy-mode</c>, when set; spark-submit's own default is client.</summary>
    public DeployMode? Mode { get; private init; }

    /// <summary>Where the driver runs (<c>--deploy-mode</c>).</summary>
    public SparkSubmitStep DeployMode(DeployMode mode)
    {
        Require.Defined(mode, nameof(mode));
        return this with { Mode = mode };
    }

    /// <summary>Changes the Spark options with any <see cref="SparkJob"/> method.</summary>
    public SparkSubmitStep WithJob(Func<SparkJob, SparkJob> change) => this with { Job = change(Job) };

    /// <inheritdoc cref="SparkJob.Class"/>
    public SparkSubmitStep Class(string mainClass) => WithJob(j => j.Class(mainClass));

    /// <inheritdoc cref="SparkJob.Conf"/>
    public SparkSubmitStep Conf(string key, string value) => WithJob(j => j.Conf(key, value));

    /// <inheritdoc cref="SparkJob.Jars"/>
    public SparkSubmitStep Jars(params string[] uris) => WithJob(j => j.Jars(uris));

    /// <inheritdoc cref="SparkJob.Packages"/>
    public SparkSubmitStep Packages(params string[] coordinates) => WithJob(j => j.Packages(coordinates));

    /// <inheritdoc cref="SparkJob.PyFiles"/>
    public SparkSubmitStep PyFiles(params string[] uris) => WithJob(j => j.PyFiles(uris));

    /// <inheritdoc cref="SparkJob.Files"/>
    public SparkSubmitStep Files(params string[] uris) => WithJob(j => j.Files(uris));

    /// <inheritdoc cref="SparkJob.Driver"/>
    public SparkSubmitStep Driver(int? cores = null, Memory? memory = null) => WithJob(j => j.Driver(cores, memory));

    /// <inheritdoc cref="SparkJob.Executors"/>
    public SparkSubmitStep Executors(int? count = null, int? cores = null, Memory? memory = null) => WithJob(j => j.Executors(count, cores, memory));

    /// <inheritdoc cref="SparkJob.Args"/>
    public SparkSubmitStep Args(params string[] args) => WithJob(j => j.Args(args));

    public override HadoopJarStepSpec ToHadoopJarStep()
    {
        var args = EquatableArray.Create("spark-submit");
        if (Mode is { } mode)
        {
            args = args.AddRange(new[] { "--deploy-mode", ApiEnum<DeployMode>.ToApi(mode) });
        }

        args = args.AddRange(Job.SubmitParameters()).Add(Job.EntryPoint).AddRange(Job.EntryPointArguments);
        return new HadoopJarStepSpec { Jar = StepJars.CommandRunner, Args = args };
    }
}
