using System.Collections.Generic;
using EmrDsl.Model;

namespace EmrDsl.Rules;

/// <summary>
/// EMR031: a secret of a cluster a state machine creates comes from somewhere Step Functions does not read (a Terraform
/// variable, an Airflow template, a Secrets Manager or SSM dynamic reference). Step Functions passes Parameters as they
/// are, so EMR would receive the placeholder text as the password.
/// </summary>
public sealed class SecretNotFromStateDataRule : ClusterRule, IStepFunctionsRule
{
    public SecretNotFromStateDataRule()
        : base(RuleIds.SecretNotFromStateData, "Secret the state machine cannot resolve", FindingSeverity.Error, RuleCategory.Correctness)
    {
    }

    public override IEnumerable<Finding> Check(ClusterSpec spec, RuleContext context)
    {
        if (!context.StepFunctions)
        {
            yield break;
        }

        foreach (var secret in SecretValue.In(spec))
        {
            if (SecretReference.Parse(secret.Text) is { } reference && reference.Source != SecretSource.StepFunctionsPath)
            {
                yield return Report(
                    secret.Path,
                    $"{secret.Path} is a {reference.Source} reference, which Step Functions does not resolve: the createCluster state would send its text to EMR as the password. Read it from the execution input instead: Secret.StepFunctionsPath(\"$.secrets.{secret.TerraformName}\") (the state machine writes the key with the suffix .$), and pass the secret in the input from Secrets Manager.");
            }
        }
    }
}
