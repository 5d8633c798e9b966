using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Rules;
using EmrDsl.Wire;

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

    /// <summary>
    /// The security configuration rules' findings (EMR040-EMR048 and the runtime-role checks) for the document authored
    /// with this cluster, each path under <c>SecurityConfigurationDocument</c>; none when the cluster only names its
    /// security configuration. Apart from <see cref="Validate(RuleContext)"/>, which judges the RunJobFlow request: the
    /// document is a request of its own (CreateSecurityConfiguration), the same one <c>SecurityConfiguration.Validate()</c> judges.
    /// </summary>
    public IReadOnlyList<Finding> ValidateSecurityConfiguration(RuleContext? context = null) =>
        SecurityConfigurationDocument is { } document
            ? SecurityConfigurationRuleSet.Run(document, context)
                .Select(finding => finding with { Path = WirePath.Member(SecurityConfigurationPaths.ClusterDocument, finding.Path) })
                .ToArray()
            : Array.Empty<Finding>();
}
