using System.Collections.Generic;
using System.Globalization;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>
/// A copy between S3 and HDFS with S3DistCp, run through command-runner.jar as
/// <c>s3-dist-cp --src=&lt;src&gt; --dest=&lt;dest&gt;</c> followed by the typed options in a fixed order
/// (<c>--srcPattern</c>, <c>--groupBy</c>, <c>--targetSize</c>, <c>--outputCodec</c>, <c>--deleteOnSuccess</c>)
/// and then any extra options as given. Options are written <c>--name=value</c>, as the EMR documentation does.
/// </summary>
public sealed record S3DistCpStep : StepDefinition<S3DistCpStep>
{
    internal S3DistCpStep(string name, string src, string dest, string[] options)
        : base(name)
    {
        Source = Require.S3OrHdfsLocation(src, nameof(src), "The source");
        Destination = Require.S3OrHdfsLocation(dest, nameof(dest), "The destination");
        ExtraOptions = Require.Arguments(options, nameof(options)).ToEquatableArray();
    }

    public string Source { get; private init; }

    public string Destination { get; private init; }

    public string? SourcePattern { get; private init; }

    public string? GroupingPattern { get; private init; }

    public int? TargetSizeMebibytes { get; private init; }

    public S3DistCpOutputCodec? Codec { get; private init; }

    public bool DeletesSourceOnSuccess { get; private init; }

    /// <summary>Options the typed methods do not cover, passed after them unchanged (for example <c>--s3ServerSideEncryption</c>).</summary>
    public EquatableArray<string> ExtraOptions { get; private init; }

    /// <summary>Copies only files whose full path matches the regular expression (<c>--srcPattern</c>).</summary>
    public S3DistCpStep SrcPattern(string regex) =>
        this with { SourcePattern = Require.NonEmpty(regex, nameof(regex), "The source pattern") };

    /// <summary>Concatenates files whose paths give the same capture-group values (<c>--groupBy</c>); the pattern needs a group in parentheses.</summary>
    public S3DistCpStep GroupBy(string regex)
    {
        Require.NonEmpty(regex, nameof(regex), "The grouping pattern");
        if (regex.IndexOf('(') < 0)
        {
            throw new System.ArgumentException($"The grouping pattern '{regex}' has no capture group; S3DistCp groups files by the text a group captures, for example .*/(\\d{{8}})/.*", nameof(regex));
        }

        return this with { GroupingPattern = regex };
    }

    /// <summary>The size, in mebibytes, of the files <see cref="GroupBy"/> writes (<c>--targetSize</c>).</summary>
    public S3DistCpStep TargetSize(int mebibytes) =>
        this with { TargetSizeMebibytes = Require.Positive(mebibytes, nameof(mebibytes), "The target size in MiB") };

    /// <summary>Compresses the copied files (<c>--outputCodec</c>).</summary>
    public S3DistCpStep OutputCodec(S3DistCpOutputCodec codec)
    {
        Require.Defined(codec, nameof(codec));
        return this with { Codec = codec };
    }

    /// <summary>Deletes each source file once it is copied (<c>--deleteOnSuccess</c>).</summary>
    public S3DistCpStep DeleteOnSuccess() => this with { DeletesSourceOnSuccess = true };

    public override HadoopJarStepSpec ToHadoopJarStep()
    {
        var args = new List<string> { "s3-dist-cp", "--src=" + Source, "--dest=" + Destination };
        AddOption(args, "--srcPattern", SourcePattern);
        AddOption(args, "--groupBy", GroupingPattern);
        AddOption(args, "--targetSize", TargetSizeMebibytes?.ToString(CultureInfo.InvariantCulture));
        AddOption(args, "--outputCodec", Codec is { } codec ? ApiEnum<S3DistCpOutputCodec>.ToApi(codec) : null);
        if (DeletesSourceOnSuccess)
        {
            args.Add("--deleteOnSuccess");
        }

        args.AddRange(ExtraOptions);
        return new HadoopJarStepSpec { Jar = StepJars.CommandRunner, Args = args.ToEquatableArray() };
    }

    private static void AddOption(List<string> args, string option, string? value)
    {
        if (value is not null)
        {
            args.Add(option + "=" + value);
        }
    }
}
