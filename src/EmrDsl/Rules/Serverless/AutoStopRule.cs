using System.Collections.Generic;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Rules;

/// <summary>EMR104: an application that never stops, or idles longer than the team's limit, bills its pre-initialized capacity.</summary>
public sealed class AutoStopRule : ServerlessRule
{
    public AutoStopRule()
        : base(RuleIds.ServerlessAutoStop, "Auto-stop disabled or idle timeout too long", FindingSeverity.Warning, RuleCategory.Cost)
    {
    }

    public override IEnumerable<Finding> CheckApplication(ServerlessApplicationSpec application, RuleContext context)
    {
        var stop = application.AutoStopConfiguration;
        if (stop?.Enabled == false)
        {
            yield return Report("autoStopConfiguration.enabled", "Auto-stop is disabled, so the application and its pre-initialized workers keep running (and billing) when idle. Use .AutoStop(idle: TimeSpan.FromMinutes(15)).");
        }
        else if (stop?.IdleTimeoutMinutes is { } minutes && context.MaxIdleTimeoutSeconds is { } limit && minutes * 60L > limit)
        {
            yield return Report("autoStopConfiguration.idleTimeoutMinutes", $"The application stops only after {minutes} idle minutes, above the configured limit of {limit / 60} minutes ({RuleContext.MaxIdleTimeoutKey}). Shorten the idle timeout.");
        }
    }
}
