using System;
using EmrDsl.Containers.Model;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl.Containers;

/// <summary>
/// An EMR on EKS job template (the emr-containers CreateJobTemplate request): a job run's settings stored once, with
/// <c>${Parameter}</c> placeholders each run fills in (<c>jobTemplateParameters</c>). Built like <see cref="EksJobRun"/>
/// from the same <see cref="SparkJob"/> and configuration builders. Immutable: every method returns a new template.
/// </summary>
public sealed partial class EksJobTemplate : IHoldsApiSpec
{
    private EksJobTemplate(EksJobTemplateSpec spec) => Spec = spec;

    /// <summary>The CreateJobTemplate request this template stands for (never with a client token: the SDK fills one in).</summary>
    public EksJobTemplateSpec Spec { get; }

    IApiSpec IHoldsApiSpec.Spec => Spec;

    /// <summary>
    /// A template called <paramref name="name"/> whose runs use the IAM role <paramref name="executionRoleArn"/> and EMR
    /// release <paramref name="releaseLabel"/>; either may be a placeholder such as <c>${ReleaseLabel}</c>.
    /// </summary>
    public static EksJobTemplate Create(string name, string executionRoleArn, string releaseLabel) => new(new EksJobTemplateSpec
    {
        Name = Require.EksName(name, nameof(name), "The job template name"),
        JobTemplateData = new EksJobTemplateDataSpec
        {
            ExecutionRoleArn = Require.OrTemplatePlaceholder(executionRoleArn, v => Require.IamRoleArn(v, nameof(executionRoleArn), "The execution role")),
            ReleaseLabel = Require.OrTemplatePlaceholder(releaseLabel, v => Require.EksReleaseLabel(v, nameof(releaseLabel))),
        },
    });

    /// <summary>Wraps an existing spec (for example one read from a CreateJobTemplate payload).</summary>
    public static EksJobTemplate FromSpec(EksJobTemplateSpec spec) => new(spec ?? throw new ArgumentNullException(nameof(spec)));

    /// <summary>Runs <paramref name="job"/> with spark-submit; replaces any earlier driver. Its arguments and parameters may hold placeholders.</summary>
    public EksJobTemplate SparkSubmit(SparkJob job) => WithData(d => d with { JobDriver = EksJobParts.SparkSubmit(job) });

    /// <summary>Runs the SQL file <paramref name="entryPoint"/> (an S3 URI) with spark-sql; replaces any earlier driver.</summary>
    public EksJobTemplate SparkSql(string entryPoint, string? sparkSqlParameters = null) => WithData(d => d with { JobDriver = EksJobParts.SparkSql(entryPoint, sparkSqlParameters) });

    /// <summary>Configurations for the runs (the cluster <c>Classifications</c> builders); a classification written again merges with the earlier one.</summary>
    public EksJobTemplate ConfigurationOverrides(params ConfigurationSpec[] configuration) => WithOverrides(o => o with
    {
        ApplicationConfiguration = EksJobParts.AddConfigurations(o.ApplicationConfiguration, configuration, nameof(configuration)),
    });

    /// <summary>
    /// Where the runs' logs go: <paramref name="s3LogUri"/>, a CloudWatch log group (and stream prefix), and whether the
    /// persistent Spark UI stays available. Replaces earlier settings of the same parts and keeps the others.
    /// </summary>
    public EksJobTemplate Monitoring(string? s3LogUri = null, string? cloudWatchLogGroup = null, string? cloudWatchLogStreamPrefix = null, bool? persistentAppUI = null) =>
        WithOverrides(o =>
        {
            var m = o.MonitoringConfiguration ?? new EksTemplateMonitoringSpec();
            var (s3, cloudWatch) = EksJobParts.Logs(m.S3MonitoringConfiguration, m.CloudWatchMonitoringConfiguration, s3LogUri, cloudWatchLogGroup, cloudWatchLogStreamPrefix, persistentAppUI is not null);
            return o with
            {
                MonitoringConfiguration = m with
                {
                    S3MonitoringConfiguration = s3,
                    CloudWatchMonitoringConfiguration = cloudWatch,
                    PersistentAppUI = persistentAppUI is { } ui ? ApiEnumText(EksJobParts.Toggle(ui)) : m.PersistentAppUI,
                },
            };
        });

    /// <summary>
    /// Declares the parameter <paramref name="name"/> (the template refers to it as <c>${name}</c>) of type
    /// <paramref name="type"/>, with the value runs get when they do not set it; declaring it again replaces it.
    /// </summary>
    public EksJobTemplate Parameter(string name, TemplateParameterType type, string? defaultValue = null)
    {
        var parameter = new EksTemplateParameterSpec
        {
            Type = type,
            DefaultValue = Require.NonEmptyIfGiven(defaultValue, nameof(defaultValue), "The default value"),
        };
        var key = Require.TemplateParameterName(name, nameof(name));
        return WithData(d =>
        {
            var index = d.ParameterConfiguration.FindIndex(p => p.Key == key);
            var entry = new KeyedSpec<EksTemplateParameterSpec>(key, parameter);
            return d with { ParameterConfiguration = index < 0 ? d.ParameterConfiguration.Add(entry) : d.ParameterConfiguration.SetItem(index, entry) };
        });
    }

    /// <summary>Adds or replaces a tag every run of the template gets.</summary>
    public EksJobTemplate JobTag(string key, string value) => WithData(d => d with { JobTags = EksJobParts.Tag(d.JobTags, key, value) });

    /// <summary>Adds or replaces a tag of the template itself.</summary>
    public EksJobTemplate Tag(string key, string value) => With(s => s with { Tags = EksJobParts.Tag(s.Tags, key, value) });

    /// <summary>Encrypts the template with the KMS key <paramref name="kmsKeyArn"/> (a key ARN or a placeholder).</summary>
    public EksJobTemplate KmsKey(string kmsKeyArn) => With(s => s with
    {
        KmsKeyArn = Require.OrTemplatePlaceholder(kmsKeyArn, v => Require.EksKmsKeyArn(v, nameof(kmsKeyArn))),
    });

    /// <summary>Applies a change to the spec; the building block of every fluent method.</summary>
    public EksJobTemplate With(Func<EksJobTemplateSpec, EksJobTemplateSpec> change) => new(change(Spec));

    private static string ApiEnumText(Toggle toggle) => EmrDsl.Wire.ApiEnum<Toggle>.ToApi(toggle);

    private EksJobTemplate WithData(Func<EksJobTemplateDataSpec, EksJobTemplateDataSpec> change) =>
        With(s => s with { JobTemplateData = change(s.JobTemplateData ?? new EksJobTemplateDataSpec()) });

    private EksJobTemplate WithOverrides(Func<EksTemplateOverridesSpec, EksTemplateOverridesSpec> change) =>
        WithData(d => d with { ConfigurationOverrides = change(d.ConfigurationOverrides ?? new EksTemplateOverridesSpec()) });
}
