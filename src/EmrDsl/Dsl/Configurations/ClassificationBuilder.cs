using System;
using System.Globalization;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>
/// The shared core of every classification builder (spark-defaults, yarn-site, ...): an immutable
/// <see cref="ConfigurationSpec"/> plus <c>Set</c> for any property. Typed builders add named members for
/// the common settings; all of them produce a plain ConfigurationSpec, so EMR on EC2 and EMR Serverless
/// definitions can share them.
/// </summary>
public abstract class ClassificationBuilder<TSelf> : IHoldsApiSpec
    where TSelf : ClassificationBuilder<TSelf>
{
    private protected ClassificationBuilder(ConfigurationSpec spec) => Spec = spec;

    /// <summary>The configuration written so far.</summary>
    public ConfigurationSpec Spec { get; }

    IApiSpec IHoldsApiSpec.Spec => Spec;

    /// <summary>Sets a property; setting a key again replaces its value in place.</summary>
    public TSelf Set(string key, string value) =>
        Create(Spec with { Properties = Spec.Properties.Set(Require.NonEmpty(key, nameof(key), "A property key"), Require.NotNull(value, nameof(value), $"The value of '{key}'")) });

    /// <summary>
    /// Sets a secret property (a metastore or keystore password) to where it comes from: the request carries the
    /// <see cref="Secret"/>'s reference, Terraform a sensitive variable. A property whose name says password set to a
    /// literal is reported (EMR016) and written in no artifact.
    /// </summary>
    public TSelf Set(string key, Secret value) => Set(key, Require.NotNull(value, nameof(value), $"The secret of '{key}'").Reference.Text);

    /// <summary>Sets a boolean property as EMR expects it: <c>true</c> or <c>false</c>.</summary>
    public TSelf Set(string key, bool value) => Set(key, value ? "true" : "false");

    /// <summary>Sets a numeric property, formatted invariantly.</summary>
    public TSelf Set(string key, long value) => Set(key, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds or merges a nested configuration (for example the <c>export</c> block of an <c>*-env</c> classification).</summary>
    public TSelf Nested(ConfigurationSpec configuration) =>
        Create(Spec with { Configurations = ConfigurationMerge.Add(Spec.Configurations, Require.NotNull(configuration, nameof(configuration), "The nested configuration")) });

    private protected TSelf NestedProperty(string classification, string key, string value) =>
        Nested(new ConfigurationSpec { Classification = classification, Properties = EquatableArray.Create(new MapEntry(Require.NonEmpty(key, nameof(key), "A property key"), Require.NotNull(value, nameof(value), $"The value of '{key}'"))) });

    private protected abstract TSelf Create(ConfigurationSpec spec);

    internal static ConfigurationSpec Build(TSelf seed, Func<TSelf, TSelf> configure) =>
        Require.NotNull(configure, nameof(configure), "The configuration lambda")(seed).Spec;
}
