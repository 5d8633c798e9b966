using System.Collections.Generic;
using EmrDsl.Rules;

namespace EmrDsl;

public sealed partial class Cluster
{
    /// <summary>Runs every EmrDsl rule (EMR001...) over this definition with default options.</summary>
    public IReadOnlyList<Finding> Validate() => Validate(RuleContext.Default);

    /// <summary>
    /// Runs every EmrDsl rule with the given options; a security configuration authored with the cluster is
    /// checked too unless the context brings its own.
    /// </summary>
    public IReadOnlyList<Finding> Validate(RuleContext context) =>
        RuleSet.Run(Spec, context.SecurityConfiguration is null ? context with { SecurityConfiguration = SecurityConfigurationDocument } : context);
}
