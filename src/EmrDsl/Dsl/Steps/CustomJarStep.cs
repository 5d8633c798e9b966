using System;
using EmrDsl.Model;

namespace EmrDsl;

/// <summary>A jar of your own (or one on the cluster), run with its main class, Java properties and arguments.</summary>
public sealed record CustomJarStep : StepDefinition<CustomJarStep>
{
    internal CustomJarStep(string name, string jar)
        : base(name) => Jar = Require.S3UriOrLocalPath(jar, nameof(jar), "The jar");

    /// <summary>The jar, in S3 or at an absolute path on the cluster.</summary>
    public string Jar { get; private init; }

    /// <summary>The main class, when the jar's manifest does not name one.</summary>
    public string? MainClassName { get; private init; }

    /// <summary>Java properties set when the step runs, in the order first set.</summary>
    public EquatableArray<MapEntry> JavaProperties { get; private init; }

    public EquatableArray<string> Arguments { get; private init; }

    /// <summary>The class whose main method runs (<c>MainClass</c>).</summary>
    public CustomJarStep MainClass(string mainClass) =>
        this with { MainClassName = Require.NonEmpty(mainClass, nameof(mainClass), "The main class") };

    /// <summary>Sets a Java property (<c>Properties</c>); setting a key again replaces its value in place.</summary>
    public CustomJarStep Properties(string key, string value) => this with
    {
        JavaProperties = JavaProperties.Set(
            Require.NonEmpty(key, nameof(key), "The property name"),
            value ?? throw new ArgumentNullException(nameof(value), $"Pass a value for the property '{key}'.")),
    };

    /// <summary>Arguments for the main method, each as its own element; adds to earlier calls.</summary>
    public CustomJarStep Args(params string[] args) =>
        this with { Arguments = Arguments.AddRange(Require.Arguments(args, nameof(args))) };

    public override HadoopJarStepSpec ToHadoopJarStep() =>
        new() { Properties = JavaProperties, Jar = Jar, MainClass = MainClassName, Args = Arguments };
}
