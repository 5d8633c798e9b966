using System.Collections.Generic;
using System.Linq;
using EmrDsl.Generators.Evaluation;
using EmrDsl.Rules;
using RuleSet = EmrDsl.Rules.RuleSet;

namespace EmrDsl.Analyzers;

/// <summary>Runs one family (<see cref="RuleCategory"/>) of the cluster rules on every <c>[EmrCluster]</c> definition.</summary>
public abstract class ClusterRuleAnalyzer : DefinitionRuleAnalyzer
{
    private readonly ClusterRule[] _rules;

    private protected ClusterRuleAnalyzer(RuleCategory family)
        : this(RuleSet.All.Where(rule => rule.Category == family).ToArray())
    {
    }

    private ClusterRuleAnalyzer(ClusterRule[] rules)
        : base(DefinitionKind.Cluster, rules) => _rules = rules;

    private protected sealed override IEnumerable<Finding> Check(object definition, RuleContext context)
    {
        var cluster = (Cluster)definition;

        // As in Cluster.Validate: a security configuration authored with the cluster is checked too (EMR003, EMR014).
        var effective = context with { SecurityConfiguration = cluster.SecurityConfigurationDocument };
        return _rules.SelectMany(rule => rule.Check(cluster.Spec, effective));
    }
}
