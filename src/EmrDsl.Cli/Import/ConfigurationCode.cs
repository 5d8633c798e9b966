using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using EmrDsl.Serverless;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import;

/// <summary>Configurations as classification builders: <c>.SparkDefaults(c => c.Set(...))</c>, or <c>.Configure("name", c => ...)</c> for any other.</summary>
internal static class ConfigurationCode
{
    /// <summary>The typed builder for a classification without nested ones, then the by-name form.</summary>
    public static IReadOnlyList<Fluent<Cluster>> ClusterCandidates(ConfigurationSpec spec)
    {
        if (spec.Classification is not { } name)
        {
            return Array.Empty<Fluent<Cluster>>();
        }

        var candidates = new List<Fluent<Cluster>>();
        if (spec.Configurations.IsEmpty && Typed(spec) is { } typed)
        {
            candidates.Add(typed);
        }

        var body = Body(spec, 0);
        candidates.Add(One<Cluster>("Configure", c => c.Configure(name, body.Apply), S(name), Lambda(body, 0)));
        return candidates;
    }

    /// <summary><c>.Configure("name", c => ...)</c> on an instance group or fleet instance type.</summary>
    public static Fluent<T> Configure<T>(Fluent<T> fluent, ConfigurationSpec spec, Func<T, string, Func<Classification, Classification>, T> configure)
    {
        if (spec.Classification is not { } name)
        {
            return fluent.Unsupported("A configuration without a classification has no fluent form.");
        }

        var body = Body(spec, 0);
        return fluent.Then(new Call("Configure", S(name), Lambda(body, 0)), x => configure(x, name, body.Apply));
    }

    private static Fluent<Classification> Body(ConfigurationSpec spec, int depth)
    {
        var fluent = Sets<Classification>(spec.Properties);
        foreach (var nested in spec.Configurations)
        {
            if (nested.Classification is not { } name)
            {
                return fluent.Unsupported("A nested configuration without a classification has no fluent form.");
            }

            var body = Body(nested, depth + 1);
            fluent = fluent.Then(new Call("Nested", S(name), Lambda(body, depth + 1)), c => c.Nested(name, body.Apply));
        }

        return fluent;
    }

    private static Fluent<T> Sets<T>(EquatableArray<MapEntry> properties)
        where T : ClassificationBuilder<T> =>
        properties.Aggregate(Fluent<T>.Empty, (f, p) => f.Then(new Call("Set", S(p.Key), S(p.Value)), c => c.Set(p.Key, p.Value)));

    private static Lambda Lambda<T>(Fluent<T> body, int depth)
    {
        var parameter = depth == 0 ? "c" : "c" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return body.ToLambda(parameter) ?? new Lambda(parameter, new Token(parameter));
    }

    private static Fluent<Cluster>? Typed(ConfigurationSpec spec) => spec.Classification switch
    {
        SparkDefaultsClassification.Name => TypedCall<Cluster, SparkDefaultsClassification>("SparkDefaults", spec, (c, f) => c.SparkDefaults(f)),
        SparkClassification.Name => TypedCall<Cluster, SparkClassification>("Spark", spec, (c, f) => c.Spark(f)),
        SparkEnvClassification.Name => TypedCall<Cluster, SparkEnvClassification>("SparkEnv", spec, (c, f) => c.SparkEnv(f)),
        YarnSiteClassification.Name => TypedCall<Cluster, YarnSiteClassification>("YarnSite", spec, (c, f) => c.YarnSite(f)),
        HadoopEnvClassification.Name => TypedCall<Cluster, HadoopEnvClassification>("HadoopEnv", spec, (c, f) => c.HadoopEnv(f)),
        HiveSiteClassification.Name => TypedCall<Cluster, HiveSiteClassification>("HiveSite", spec, (c, f) => c.HiveSite(f)),
        CoreSiteClassification.Name => TypedCall<Cluster, CoreSiteClassification>("CoreSite", spec, (c, f) => c.CoreSite(f)),
        EmrfsSiteClassification.Name => TypedCall<Cluster, EmrfsSiteClassification>("EmrfsSite", spec, (c, f) => c.EmrfsSite(f)),
        _ => null,
    };

    private static Fluent<TDef> TypedCall<TDef, T>(string method, ConfigurationSpec spec, Func<TDef, Func<T, T>, TDef> call)
        where T : ClassificationBuilder<T>
    {
        var body = Sets<T>(spec.Properties);
        return One<TDef>(method, c => call(c, body.Apply), Lambda(body, 0));
    }

    /// <summary>An application's runtime configuration: <c>.SparkDefaults(...)</c> or <c>.HiveSite(...)</c> without nested ones, then <c>.Configure("name", c => ...)</c>.</summary>
    public static IReadOnlyList<Fluent<ServerlessApplication>> ApplicationCandidates(ConfigurationSpec spec)
    {
        var candidates = new List<Fluent<ServerlessApplication>>();
        if (spec.Configurations.IsEmpty && spec.Classification == SparkDefaultsClassification.Name)
        {
            candidates.Add(TypedCall<ServerlessApplication, SparkDefaultsClassification>("SparkDefaults", spec, (a, f) => a.SparkDefaults(f)));
        }

        if (spec.Configurations.IsEmpty && spec.Classification == HiveSiteClassification.Name)
        {
            candidates.Add(TypedCall<ServerlessApplication, HiveSiteClassification>("HiveSite", spec, (a, f) => a.HiveSite(f)));
        }

        candidates.Add(Configure(Fluent<ServerlessApplication>.Empty, spec, (a, name, body) => a.Configure(name, body)));
        return candidates;
    }

    /// <summary><c>Classifications.Of("name", c => ...)</c>: a configuration as a value, for methods that take <see cref="ConfigurationSpec"/>s.</summary>
    public static (Expr Code, Func<ConfigurationSpec> Make)? Value(ConfigurationSpec spec)
    {
        if (spec.Classification is not { } name)
        {
            return null;
        }

        var body = Body(spec, 0);
        return (new Invocation("Classifications.Of", new Expr[] { S(name), Lambda(body, 0) }), () => Classifications.Of(name, body.Apply));
    }

    /// <summary>
    /// <c>.ConfigurationOverrides(Classifications.Of(...), ...)</c>: a job run's configuration list as values (EMR Serverless
    /// and EMR on EKS runs take the cluster builders); unsupported when a configuration has no classification.
    /// </summary>
    public static Fluent<T> Overrides<T>(IEnumerable<ConfigurationSpec> configurations, Func<T, ConfigurationSpec[], T> apply)
    {
        var values = configurations.Select(Value).ToList();
        if (values.Any(v => v is null))
        {
            return Fluent<T>.Empty.Unsupported("A configuration without a classification has no fluent form.");
        }

        return One<T>("ConfigurationOverrides", d => apply(d, values.Select(v => v!.Value.Make()).ToArray()), values.Select(v => v!.Value.Code).ToArray());
    }

    /// <summary>
    /// The cluster form of another API's configuration of the same structure (EMR Serverless, EMR on EKS), which the
    /// classification builders write; <paramref name="parts"/> takes an item apart.
    /// </summary>
    public static ConfigurationSpec ToCluster<T>(T item, Func<T, (string? Classification, EquatableArray<MapEntry> Properties, EquatableArray<T> Configurations)> parts)
    {
        var (classification, properties, nested) = parts(item);
        return new ConfigurationSpec { Classification = classification, Properties = properties, Configurations = nested.Select(c => ToCluster(c, parts)).ToEquatableArray() };
    }
}
