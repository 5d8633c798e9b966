using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// A Spark application and its spark-submit options, independent of where it runs. An EMR step runs it through
/// command-runner.jar (<see cref="Step.SparkSubmit(string, SparkJob)"/>); an EMR Serverless job run takes the same
/// job as <see cref="EntryPoint"/>, <see cref="EntryPointArguments"/> and <see cref="ToSparkSubmitParameters"/>.
/// Immutable: every method returns a new job.
/// </summary>
/// <remarks>
/// Options render in one fixed order, the order of <c>spark-submit --help</c>, so output never depends on the
/// order the definition called them in: <c>--class</c>, <c>--jars</c>, <c>--packages</c>, <c>--py-files</c>,
/// <c>--files</c>, each <c>--conf key=value</c> (in the order first set), <c>--driver-memory</c>,
/// <c>--driver-cores</c>, <c>--executor-memory</c>, <c>--executor-cores</c>, <c>--num-executors</c>.
/// </remarks>
public sealed record SparkJob
{
    private SparkJob(string entryPoint) => EntryPoint = entryPoint;

    /// <summary>The application: a .py file or a jar, in S3 or at an absolute path on the cluster.</summary>
    public string EntryPoint { get; private init; }

    /// <summary>Arguments passed to the application after the entry point, each as its own element.</summary>
    public EquatableArray<string> EntryPointArguments { get; private init; }

    /// <summary>The main class of a jar application (<c>--class</c>).</summary>
    public string? MainClassName { get; private init; }

    /// <summary>Spark properties (<c>--conf</c>), in the order first set.</summary>
    public EquatableArray<MapEntry> SparkProperties { get; private init; }

    public EquatableArray<string> JarUris { get; private init; }

    public EquatableArray<string> PackageCoordinates { get; private init; }

    public EquatableArray<string> PyFileUris { get; private init; }

    public EquatableArray<string> FileUris { get; private init; }

    public Memory? DriverMemory { get; private init; }

    public int? DriverCores { get; private init; }

    public Memory? ExecutorMemory { get; private init; }

    public int? ExecutorCores { get; private init; }

    public int? ExecutorCount { get; private init; }

    /// <summary>Starts a job for <paramref name="entryPoint"/> (for example <c>s3://my-bucket/jobs/etl.py</c>).</summary>
    public static SparkJob For(string entryPoint) =>
        new(Require.S3UriOrLocalPath(entryPoint, nameof(entryPoint), "The Spark application"));

    /// <summary>The main class of a jar application (<c>--class</c>).</summary>
    public SparkJob Class(string mainClass) =>
        this with { MainClassName = Require.NonEmpty(mainClass, nameof(mainClass), "The main class") };

    /// <summary>Sets a Spark property (<c>--conf key=value</c>); setting a key again replaces its value in place.</summary>
    public SparkJob Conf(string key, string value) => this with
    {
        SparkProperties = SparkProperties.Set(
            Require.AssignmentKey(key, nameof(key), "The Spark property name"),
            value ?? throw new ArgumentNullException(nameof(value), $"Pass a value for the Spark property '{key}'.")),
    };

    /// <summary>Jars on the driver and executor classpaths (<c>--jars</c>); adds to earlier calls.</summary>
    public SparkJob Jars(params string[] uris) => this with { JarUris = Append(JarUris, uris, nameof(uris), "A jar") };

    /// <summary>Maven coordinates <c>group:artifact:version</c> (<c>--packages</c>); adds to earlier calls.</summary>
    public SparkJob Packages(params string[] coordinates) =>
        this with { PackageCoordinates = Append(PackageCoordinates, coordinates, nameof(coordinates), "A package") };

    /// <summary>.py, .zip or .egg files on the PYTHONPATH (<c>--py-files</c>); adds to earlier calls.</summary>
    public SparkJob PyFiles(params string[] uris) => this with { PyFileUris = Append(PyFileUris, uris, nameof(uris), "A Python file") };

    /// <summary>Files placed in each executor's working directory (<c>--files</c>); adds to earlier calls.</summary>
    public SparkJob Files(params string[] uris) => this with { FileUris = Append(FileUris, uris, nameof(uris), "A file") };

    /// <summary>Driver sizing (<c>--driver-cores</c>, <c>--driver-memory</c>); leaves unnamed sizes as they were.</summary>
    public SparkJob Driver(int? cores = null, Memory? memory = null)
    {
        RequireAnySize(nameof(cores), cores, memory);
        return this with
        {
            DriverCores = cores is { } c ? Require.Positive(c, nameof(cores), "Driver cores") : DriverCores,
            DriverMemory = memory is { } m ? RequireSize(m, nameof(memory), "Driver memory") : DriverMemory,
        };
    }

    /// <summary>Executor sizing (<c>--num-executors</c>, <c>--executor-cores</c>, <c>--executor-memory</c>); leaves unnamed sizes as they were.</summary>
    public SparkJob Executors(int? count = null, int? cores = null, Memory? memory = null)
    {
        RequireAnySize(nameof(count), count, cores, memory);
        return this with
        {
            ExecutorCount = count is { } n ? Require.Positive(n, nameof(count), "The executor count") : ExecutorCount,
            ExecutorCores = cores is { } c ? Require.Positive(c, nameof(cores), "Executor cores") : ExecutorCores,
            ExecutorMemory = memory is { } m ? RequireSize(m, nameof(memory), "Executor memory") : ExecutorMemory,
        };
    }

    /// <summary>Arguments for the application, each passed as its own element (spaces and quotes are kept as they are); adds to earlier calls.</summary>
    public SparkJob Args(params string[] args) =>
        this with { EntryPointArguments = EntryPointArguments.AddRange(Require.Arguments(args, nameof(args))) };

    /// <summary>The spark-submit options, one element per word, in the documented fixed order (no program, entry point or arguments).</summary>
    public EquatableArray<string> SubmitParameters()
    {
        var words = new List<string>();
        AddOption(words, "--class", MainClassName);
        AddList(words, "--jars", JarUris);
        AddList(words, "--packages", PackageCoordinates);
        AddList(words, "--py-files", PyFileUris);
        AddList(words, "--files", FileUris);
        foreach (var property in SparkProperties)
        {
            AddOption(words, "--conf", property.Key + "=" + property.Value);
        }

        AddOption(words, "--driver-memory", DriverMemory?.ToSparkSize());
        AddOption(words, "--driver-cores", Format(DriverCores));
        AddOption(words, "--executor-memory", ExecutorMemory?.ToSparkSize());
        AddOption(words, "--executor-cores", Format(ExecutorCores));
        AddOption(words, "--num-executors", Format(ExecutorCount));
        return words.ToEquatableArray();
    }

    /// <summary>
    /// The spark-submit options as one space-separated string, the form EMR Serverless takes as
    /// <c>sparkSubmitParameters</c>. That string has no quoting, so a value holding whitespace cannot be written
    /// into it and throws instead of being split silently.
    /// </summary>
    public string ToSparkSubmitParameters()
    {
        var words = SubmitParameters();
        var spaced = words.FirstOrDefault(w => TemplatePlaceholders.Outside(w).Any(char.IsWhiteSpace));
        if (spaced is not null)
        {
            throw new InvalidOperationException(
                $"The spark-submit option value '{spaced}' holds whitespace, which a single sparkSubmitParameters string cannot carry. " +
                "Remove the whitespace, or pass the value as an entry point argument or through a configuration instead.");
        }

        return string.Join(" ", words);
    }

    private static EquatableArray<string> Append(EquatableArray<string> list, string[] items, string parameter, string what)
    {
        if (items is null || items.Length == 0)
        {
            throw new ArgumentException($"{what} list is empty: pass at least one entry.", parameter);
        }

        return list.AddRange(items.Select(item => Require.ListItem(item, parameter, what)));
    }

    private static void RequireAnySize(string parameter, params object?[] sizes)
    {
        if (sizes.All(s => s is null))
        {
            throw new ArgumentException("No size given: name at least one, for example memory: Memory.Gigabytes(8).", parameter);
        }
    }

    private static Memory RequireSize(Memory memory, string parameter, string what)
    {
        if (memory.TotalMegabytes <= 0)
        {
            throw new ArgumentOutOfRangeException(parameter, memory, $"{what} must be at least 1 MB; write it as Memory.Gigabytes(8) or Memory.Megabytes(512).");
        }

        return memory;
    }

    private static void AddOption(List<string> words, string option, string? value)
    {
        if (value is not null)
        {
            words.Add(option);
            words.Add(value);
        }
    }

    private static void AddList(List<string> words, string option, EquatableArray<string> items)
    {
        if (!items.IsEmpty)
        {
            AddOption(words, option, string.Join(",", items));
        }
    }

    private static string? Format(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
