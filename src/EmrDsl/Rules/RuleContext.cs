using System;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>
/// Everything a rule may use besides the cluster definition: options (from <c>.editorconfig</c> in the
/// analyzers, flags in the CLI) and inputs authored elsewhere. New inputs are added here as init properties,
/// so existing rules and callers are unaffected.
/// </summary>
public sealed record RuleContext
{
    /// <summary>The <c>.editorconfig</c> key for <see cref="DefaultLogUri"/>.</summary>
    public const string DefaultLogUriKey = "emrdsl.default_log_uri";

    /// <summary>The <c>.editorconfig</c> key for <see cref="MaxIdleTimeoutSeconds"/>.</summary>
    public const string MaxIdleTimeoutKey = "emrdsl.max_idle_timeout";

    /// <summary>The <c>.editorconfig</c> key for <see cref="EksNodeSize"/> (<c>15.89 vCPU, 57.6 GiB</c>).</summary>
    public const string EksNodeSizeKey = "emrdsl.eks_node_size";

    public static readonly RuleContext Default = new();

    /// <summary>An S3 location suggested in EMR002's message (for example the team's log bucket).</summary>
    public string? DefaultLogUri { get; init; }

    /// <summary>
    /// The longest auto-termination idle timeout, in seconds, a kept-alive cluster may have before EMR007 reports
    /// it; null accepts any timeout the API accepts (up to 604800 seconds).
    /// </summary>
    public long? MaxIdleTimeoutSeconds { get; init; }

    /// <summary>
    /// The day support status is judged on (EMR009). Defaults to the release catalog's own date so results are
    /// reproducible; the CLI passes today's date.
    /// </summary>
    public DateTime? EvaluationDate { get; init; }

    /// <summary>
    /// The security configuration document authored with the cluster, when the caller has one: the request itself
    /// only names a security configuration, so EMR003 and EMR014 can look inside it only through this.
    /// </summary>
    public SecurityConfigurationSpec? SecurityConfiguration { get; init; }

    /// <summary>
    /// The definition runs from an AWS Step Functions state machine (its <c>.asl.json</c> is asked for): the rules that
    /// judge what the Step Functions EMR integration can run (EMR030, EMR031) apply only then.
    /// </summary>
    public bool StepFunctions { get; init; }

    /// <summary>
    /// The allocatable size of a node in the EMR on EKS virtual cluster's namespace: EMR052 reports driver or
    /// executor pods larger than a node only when it is given.
    /// </summary>
    public EksNodeSize? EksNodeSize { get; init; }
}
