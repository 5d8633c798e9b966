using System;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import;

/// <summary>
/// A spark-submit driver (entry point, one <c>sparkSubmitParameters</c> string, arguments) as
/// <c>.SparkSubmit(SparkJob.For(entry).Class(...).Conf(...).Args(...))</c>: EMR Serverless and EMR on EKS runs take
/// the same SparkJob.
/// </summary>
internal static class SparkJobCode
{
    /// <summary>The fluent call, or an empty one when a word of <paramref name="parameters"/> is not an option SparkJob writes.</summary>
    public static Fluent<T> SparkSubmit<T>(string entryPoint, string? parameters, EquatableArray<string> arguments, Func<T, SparkJob, T> submit)
    {
        if (SparkOptionCode.ReadAll(parameters) is not { } options)
        {
            return Fluent<T>.Empty;
        }

        var args = arguments.ToArray();
        var calls = options.Calls.ToList();
        if (args.Length > 0)
        {
            calls.Add(new Call("Args", Strings(args)));
        }

        var code = new Chain($"SparkJob.For({S(entryPoint).Text})", calls);
        return One<T>("SparkSubmit", d => submit(d, Job(entryPoint, options, args)), code);
    }

    private static SparkJob Job(string entryPoint, Fluent<SparkJob> options, string[] args)
    {
        var job = options.Apply(SparkJob.For(entryPoint));
        return args.Length > 0 ? job.Args(args) : job;
    }
}
