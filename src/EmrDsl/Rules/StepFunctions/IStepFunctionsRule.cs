namespace EmrDsl.Rules;

/// <summary>A rule about running the definition from a Step Functions state machine; it reports only when <see cref="RuleContext.StepFunctions"/> is set.</summary>
public interface IStepFunctionsRule
{
}
