using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using EmrDsl.Wire;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import;

/// <summary>
/// A step as the most specific <c>Step.*</c> that reproduces it: spark-submit through command-runner.jar, then
/// script-runner.jar, then any command-runner command, then a custom jar.
/// </summary>
internal static class StepCode
{
    private static readonly Regex ScriptRunnerJar = new("^s3://([a-z0-9-]+)\\.elasticmapreduce/libs/script-runner/script-runner\\.jar$", RegexOptions.CultureInvariant);
    private static readonly Regex SparkMemory = new("^([1-9][0-9]{0,8})([mg])$", RegexOptions.CultureInvariant);

    public static IReadOnlyList<Fluent<Cluster>> Candidates(StepSpec step)
    {
        if (step is not { Name: { } name, HadoopJarStep: { Jar: { } jar } program })
        {
            return Array.Empty<Fluent<Cluster>>();
        }

        var candidates = new List<(Chain Code, Func<StepDefinition> Make)>();
        var args = program.Args.ToArray();
        if (jar == "command-runner.jar" && program.Properties.IsEmpty && program.MainClass is null)
        {
            if (SparkSubmit(name, args) is { } spark)
            {
                candidates.Add(spark);
            }

            if (args.Length > 0)
            {
                candidates.Add((new Chain("Step", new[] { new Call("CommandRunner", new[] { S(name) }.Concat(Strings(args)).ToArray()) }), () => Step.CommandRunner(name, args)));
            }
        }

        if (ScriptRunnerJar.Match(jar) is { Success: true } runner && args.Length > 0 && program.Properties.IsEmpty && program.MainClass is null)
        {
            var region = runner.Groups[1].Value;
            var calls = new List<Call> { new("ScriptRunner", new[] { S(name) }.Concat(Strings(args)).ToArray()) };
            if (region != ScriptRunnerStep.DefaultRegion)
            {
                calls.Add(new Call("InRegion", S(region)));
            }

            candidates.Add((new Chain("Step", calls), () => Step.ScriptRunner(name, args[0], args.Skip(1).ToArray()).InRegion(region)));
        }

        candidates.Add(CustomJar(name, jar, program));
        return candidates.Select(c => Tail(step, c.Code, c.Make)).ToArray();
    }

    private static (Chain, Func<StepDefinition>) CustomJar(string name, string jar, HadoopJarStepSpec program)
    {
        var calls = new List<Call> { new("CustomJar", S(name), S(jar)) };
        Func<CustomJarStep> make = () => Step.CustomJar(name, jar);
        if (program.MainClass is { } mainClass)
        {
            calls.Add(new Call("MainClass", S(mainClass)));
            make = Then(make, s => s.MainClass(mainClass));
        }

        foreach (var property in program.Properties)
        {
            calls.Add(new Call("Properties", S(property.Key), S(property.Value)));
            make = Then(make, s => s.Properties(property.Key, property.Value));
        }

        if (!program.Args.IsEmpty)
        {
            var args = program.Args.ToArray();
            calls.Add(new Call("Args", Strings(args)));
            make = Then(make, s => s.Args(args));
        }

        return (new Chain("Step", calls), make);
    }

    /// <summary>Reads <c>spark-submit [--deploy-mode m] options entry-point args</c> into SparkSubmit calls; null when an option is not one the DSL writes.</summary>
    private static (Chain, Func<StepDefinition>)? SparkSubmit(string name, string[] args)
    {
        if (args.Length < 2 || args[0] != "spark-submit")
        {
            return null;
        }

        var calls = new List<Call>();
        var steps = new List<Func<SparkSubmitStep, SparkSubmitStep>>();
        void Add(Call call, Func<SparkSubmitStep, SparkSubmitStep> step)
        {
            calls.Add(call);
            steps.Add(step);
        }

        var i = 1;
        for (; i < args.Length - 1 && args[i].StartsWith("--", StringComparison.Ordinal); i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--deploy-mode" when ApiEnum<DeployMode>.TryParse(value, out var mode):
                    Add(new Call("DeployMode", E(mode)), s => s.DeployMode(mode));
                    break;
                case "--class":
                    Add(new Call("Class", S(value)), s => s.Class(value));
                    break;
                case "--conf" when value.IndexOf('=') > 0:
                    var key = value.Substring(0, value.IndexOf('='));
                    var setting = value.Substring(key.Length + 1);
                    Add(new Call("Conf", S(key), S(setting)), s => s.Conf(key, setting));
                    break;
                case "--jars":
                    var jars = value.Split(',');
                    Add(new Call("Jars", Strings(jars)), s => s.Jars(jars));
                    break;
                case "--packages":
                    var packages = value.Split(',');
                    Add(new Call("Packages", Strings(packages)), s => s.Packages(packages));
                    break;
                case "--py-files":
                    var pyFiles = value.Split(',');
                    Add(new Call("PyFiles", Strings(pyFiles)), s => s.PyFiles(pyFiles));
                    break;
                case "--files":
                    var files = value.Split(',');
                    Add(new Call("Files", Strings(files)), s => s.Files(files));
                    break;
                case "--driver-memory" when Memory(value) is { } driverMemory:
                    Add(new Call("Driver", Named("memory", driverMemory.Code)), s => s.Driver(memory: driverMemory.Value));
                    break;
                case "--executor-memory" when Memory(value) is { } executorMemory:
                    Add(new Call("Executors", Named("memory", executorMemory.Code)), s => s.Executors(memory: executorMemory.Value));
                    break;
                case "--driver-cores" when Count(value) is { } driverCores:
                    Add(new Call("Driver", Named("cores", I(driverCores))), s => s.Driver(cores: driverCores));
                    break;
                case "--executor-cores" when Count(value) is { } executorCores:
                    Add(new Call("Executors", Named("cores", I(executorCores))), s => s.Executors(cores: executorCores));
                    break;
                case "--num-executors" when Count(value) is { } executors:
                    Add(new Call("Executors", Named("count", I(executors))), s => s.Executors(count: executors));
                    break;
                default:
                    return null;
            }
        }

        var entryPoint = args[i];
        var rest = args.Skip(i + 1).ToArray();
        if (rest.Length > 0)
        {
            Add(new Call("Args", Strings(rest)), s => s.Args(rest));
        }

        calls.Insert(0, new Call("SparkSubmit", S(name), S(entryPoint)));
        return (new Chain("Step", calls), () => steps.Aggregate(Step.SparkSubmit(name, entryPoint), (s, f) => f(s)));
    }

    /// <summary>The settings every step shares: <c>.OnFailure(...)</c> unless it is the default, and <c>.Monitoring(...)</c>.</summary>
    private static Fluent<Cluster> Tail(StepSpec step, Chain code, Func<StepDefinition> make)
    {
        var calls = code.Calls.ToList();
        var action = step.ActionOnFailure;
        if (action is { } onFailure && onFailure != ActionOnFailure.Continue)
        {
            calls.Add(new Call("OnFailure", E(onFailure)));
        }

        var s3 = step.StepMonitoringConfiguration?.S3MonitoringConfiguration;
        if (s3 is not null)
        {
            calls.Add(new Call("Monitoring", new[] { ("logUri", s3.LogUri), ("encryptionKeyArn", s3.EncryptionKeyArn) }
                .Where(a => a.Item2 is not null).Select(a => (Expr)Named(a.Item1, S(a.Item2!))).ToArray()));
        }

        // The factory call stays on the head's line (Step.SparkSubmit(...)) when the chain spans lines.
        return One<Cluster>("Step", c => c.Step(WithTail(make(), action, s3)), new Chain(code.Head + calls[0].Inline, calls.Skip(1)));
    }

    private static StepDefinition WithTail(StepDefinition step, ActionOnFailure? action, S3MonitoringSpec? s3) => step switch
    {
        SparkSubmitStep s => Shared(s, action, s3),
        CommandRunnerStep s => Shared(s, action, s3),
        ScriptRunnerStep s => Shared(s, action, s3),
        CustomJarStep s => Shared(s, action, s3),
        _ => throw new InvalidOperationException($"No shared settings for {step.GetType().Name}."),
    };

    private static T Shared<T>(T step, ActionOnFailure? action, S3MonitoringSpec? s3)
        where T : StepDefinition<T>
    {
        var result = action is { } onFailure ? step.OnFailure(onFailure) : step;
        return s3 is null ? result : result.Monitoring(s3.LogUri, s3.EncryptionKeyArn);
    }

    private static Func<CustomJarStep> Then(Func<CustomJarStep> make, Func<CustomJarStep, CustomJarStep> next) => () => next(make());

    private static (Token Code, Memory Value)? Memory(string text)
    {
        var match = SparkMemory.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value == "g"
            ? (new Token($"Memory.Gigabytes({I(amount).Text})"), EmrDsl.Memory.Gigabytes(amount))
            : (new Token($"Memory.Megabytes({I(amount).Text})"), EmrDsl.Memory.Megabytes(amount));
    }

    private static int? Count(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value.ToString(CultureInfo.InvariantCulture) == text ? value : null;
}
