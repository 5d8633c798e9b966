using EmrDsl.Model;

namespace EmrDsl;

/// <summary>
/// One EMR step: a name, what to do when it fails, where to publish its logs, and the program it runs.
/// Steps are immutable values; <see cref="ToSpec"/> gives the API's <c>StepConfig</c>.
/// </summary>
public abstract record StepDefinition
{
    private protected StepDefinition(string name) => Name = Require.Name(name, nameof(name));

    public string Name { get; private protected init; }

    /// <summary>
    /// What EMR does when the step fails. Defaults to <see cref="ActionOnFailure.Continue"/>, as the AWS CLI
    /// (<c>aws emr add-steps</c>, <c>create-cluster --steps</c>) and the console do; the value is always written
    /// out, so the payload never relies on the API's own default.
    /// </summary>
    public ActionOnFailure ActionOnFailure { get; private protected init; } = ActionOnFailure.Continue;

    /// <summary>Where the step's logs are published (<c>StepMonitoringConfiguration</c>), if anywhere beyond the cluster's log URI.</summary>
    public StepMonitoringSpec? MonitoringConfiguration { get; private protected init; }

    /// <summary>The program the step runs (<c>HadoopJarStepConfig</c>).</summary>
    public abstract HadoopJarStepSpec ToHadoopJarStep();

    /// <summary>The API's <c>StepConfig</c> for this step.</summary>
    public StepSpec ToSpec() => new()
    {
        Name = Name,
        ActionOnFailure = ActionOnFailure,
        HadoopJarStep = ToHadoopJarStep(),
        StepMonitoringConfiguration = MonitoringConfiguration,
    };
}

/// <summary>The settings every kind of step shares, returning the concrete step type so chains keep their methods.</summary>
public abstract record StepDefinition<TSelf> : StepDefinition
    where TSelf : StepDefinition<TSelf>
{
    private protected StepDefinition(string name)
        : base(name)
    {
    }

    /// <summary>What EMR does when the step fails (the step's <c>ActionOnFailure</c>).</summary>
    public TSelf OnFailure(ActionOnFailure action)
    {
        Require.Defined(action, nameof(action));
        return (TSelf)(this with { ActionOnFailure = action });
    }

    /// <summary>Publishes the step's logs to <paramref name="logUri"/> and/or encrypts them with a KMS key (<c>S3MonitoringConfiguration</c>).</summary>
    public TSelf Monitoring(string? logUri = null, string? encryptionKeyArn = null)
    {
        if (logUri is null && encryptionKeyArn is null)
        {
            throw new System.ArgumentException("Monitoring needs a logUri, an encryptionKeyArn or both, for example logUri: \"s3://my-bucket/step-logs/\".", nameof(logUri));
        }

        var s3 = new S3MonitoringSpec
        {
            LogUri = logUri is null ? null : Require.S3Uri(logUri, nameof(logUri), "The step log URI"),
            EncryptionKeyArn = encryptionKeyArn is null ? null : Require.KmsKeyArn(encryptionKeyArn, nameof(encryptionKeyArn), "The log encryption key ARN"),
        };
        return (TSelf)(this with { MonitoringConfiguration = new StepMonitoringSpec { S3MonitoringConfiguration = s3 } });
    }
}
