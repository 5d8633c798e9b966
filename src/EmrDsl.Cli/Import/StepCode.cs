using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using EmrDsl.Wire;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import;

/// <summary>
/// A step as the most specific <c>Step.*</c> that reproduces it: spark-submit, Hive or S3DistCp through
/// command-runner.jar, then any command-runner command, then script-runner.jar, then a custom jar.
/// </summary>
internal static class StepCode
{
    private static readonly Regex ScriptRunnerJar = new("^s3://([a-z0-9-]+)\\.elasticmapreduce/libs/script-runner/script-runner\\.jar$", RegexOptions.CultureInvariant);

    /// <param name="add">How the definition takes a step: <c>Cluster.Step</c>, <c>JobFlowSteps.Step</c>.</param>
    public static IReadOnlyList<Fluent<TDef>> Candidates<TDef>(StepSpec step, Func<TDef, StepDefinition, TDef> add)
    {
        if (step is not { Name: { } name, HadoopJarStep: { Jar: { } jar } program })
        {
            return Array.Empty<Fluent<TDef>>();
        }

        var candidates = new List<(Chain Code, Func<StepDefinition> Make)>();
        var args = program.Args.ToArray();
        if (jar == "command-runner.jar" && program.Properties.IsEmpty && program.MainClass is null)
        {
            foreach (var parse in new Func<string, string[], (Chain, Func<StepDefinition>)?>[] { SparkSubmit, Hive, S3DistCp })
            {
                if (parse(name, args) is { } typed)
                {
                    candidates.Add(typed);
                }
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
        return candidates.Select(c => Tail(step, c.Code, c.Make, add)).ToArray();
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
        DeployMode? mode = null;
        var start = 1;
        if (args.Length > 3 && args[1] == "--deploy-mode" && ApiEnum<DeployMode>.TryParse(args[2], out var deployMode))
        {
            mode = deployMode;
            calls.Add(new Call("DeployMode", E(deployMode)));
            start = 3;
        }

        if (SparkOptionCode.Read(args, start) is not { } read || read.Next >= args.Length)
        {
            return null;
        }

        var entryPoint = args[read.Next];
        var rest = args.Skip(read.Next + 1).ToArray();
        calls.AddRange(read.Options.Calls);
        if (rest.Length > 0)
        {
            calls.Add(new Call("Args", Strings(rest)));
        }

        calls.Insert(0, new Call("SparkSubmit", S(name), S(entryPoint)));
        return (new Chain("Step", calls), Make);

        StepDefinition Make()
        {
            var step = Step.SparkSubmit(name, entryPoint).WithJob(read.Options.Apply);
            step = mode is { } m ? step.DeployMode(m) : step;
            return rest.Length > 0 ? step.Args(rest) : step;
        }
    }

    /// <summary>Reads <c>hive-script --run-hive-script --args -f script [-d key=value]...</c>, the command <see cref="HiveStep"/> writes.</summary>
    private static (Chain, Func<StepDefinition>)? Hive(string name, string[] args)
    {
        if (args.Length < 5 || args[0] != "hive-script" || args[1] != "--run-hive-script" || args[2] != "--args" || args[3] != "-f" || (args.Length - 5) % 2 != 0)
        {
            return null;
        }

        var script = args[4];
        var calls = new List<Call> { new("Hive", S(name), S(script)) };
        var variables = new List<(string Key, string Value)>();
        for (var i = 5; i < args.Length; i += 2)
        {
            var separator = args[i + 1].IndexOf('=');
            if (args[i] != "-d" || separator <= 0)
            {
                return null;
            }

            var variable = (args[i + 1].Substring(0, separator), args[i + 1].Substring(separator + 1));
            variables.Add(variable);
            calls.Add(new Call("Variable", S(variable.Item1), S(variable.Item2)));
        }

        return (new Chain("Step", calls), () => variables.Aggregate(Step.Hive(name, script), (s, v) => s.Variable(v.Key, v.Value)));
    }

    /// <summary>Reads <c>s3-dist-cp --src=... --dest=...</c>, the typed options in <see cref="S3DistCpStep"/>'s fixed order, then extra options.</summary>
    private static (Chain, Func<StepDefinition>)? S3DistCp(string name, string[] args)
    {
        const string Src = "--src=", Dest = "--dest=";
        if (args.Length < 3 || args[0] != "s3-dist-cp" || !args[1].StartsWith(Src, StringComparison.Ordinal) || !args[2].StartsWith(Dest, StringComparison.Ordinal))
        {
            return null;
        }

        var src = args[1].Substring(Src.Length);
        var dest = args[2].Substring(Dest.Length);
        var typed = new List<(Call Call, Func<S3DistCpStep, S3DistCpStep> Apply)>();
        var i = 3;
        string? Value(string option) =>
            i < args.Length && args[i].StartsWith(option + "=", StringComparison.Ordinal) ? args[i].Substring(option.Length + 1) : null;

        if (Value("--srcPattern") is { } pattern)
        {
            typed.Add((new Call("SrcPattern", S(pattern)), s => s.SrcPattern(pattern)));
            i++;
        }

        if (Value("--groupBy") is { } groupBy)
        {
            typed.Add((new Call("GroupBy", S(groupBy)), s => s.GroupBy(groupBy)));
            i++;
        }

        if (Value("--targetSize") is { } size && SparkOptionCode.Count(size) is { } mebibytes)
        {
            typed.Add((new Call("TargetSize", I(mebibytes)), s => s.TargetSize(mebibytes)));
            i++;
        }

        if (Value("--outputCodec") is { } codecName && ApiEnum<S3DistCpOutputCodec>.TryParse(codecName, out var codec))
        {
            typed.Add((new Call("OutputCodec", E(codec)), s => s.OutputCodec(codec)));
            i++;
        }

        if (i < args.Length && args[i] == "--deleteOnSuccess")
        {
            typed.Add((new Call("DeleteOnSuccess"), s => s.DeleteOnSuccess()));
            i++;
        }

        var extra = args.Skip(i).ToArray();
        var calls = new List<Call> { new("S3DistCp", new[] { S(name), S(src), S(dest) }.Concat(Strings(extra)).ToArray()) };
        calls.AddRange(typed.Select(t => t.Call));
        return (new Chain("Step", calls), () => typed.Aggregate(Step.S3DistCp(name, src, dest, extra), (s, t) => t.Apply(s)));
    }

    /// <summary>The settings every step shares: <c>.OnFailure(...)</c> unless it is the default, and <c>.Monitoring(...)</c>.</summary>
    private static Fluent<TDef> Tail<TDef>(StepSpec step, Chain code, Func<StepDefinition> make, Func<TDef, StepDefinition, TDef> add)
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
            calls.Add(new Call("Monitoring", NamedStrings(("logUri", s3.LogUri), ("encryptionKeyArn", s3.EncryptionKeyArn))));
        }

        // The factory call stays on the head's line (Step.SparkSubmit(...)) when the chain spans lines.
        return One<TDef>("Step", definition => add(definition, WithTail(make(), action, s3)), new Chain(code.Head + calls[0].Inline, calls.Skip(1)));
    }

    private static StepDefinition WithTail(StepDefinition step, ActionOnFailure? action, S3MonitoringSpec? s3) => step switch
    {
        SparkSubmitStep s => Shared(s, action, s3),
        CommandRunnerStep s => Shared(s, action, s3),
        ScriptRunnerStep s => Shared(s, action, s3),
        CustomJarStep s => Shared(s, action, s3),
        HiveStep s => Shared(s, action, s3),
        S3DistCpStep s => Shared(s, action, s3),
        _ => throw new InvalidOperationException($"No shared settings for {step.GetType().Name}."),
    };

    private static T Shared<T>(T step, ActionOnFailure? action, S3MonitoringSpec? s3)
        where T : StepDefinition<T>
    {
        var result = action is { } onFailure ? step.OnFailure(onFailure) : step;
        return s3 is null ? result : result.Monitoring(s3.LogUri, s3.EncryptionKeyArn);
    }

    private static Func<CustomJarStep> Then(Func<CustomJarStep> make, Func<CustomJarStep, CustomJarStep> next) => () => next(make());
}
