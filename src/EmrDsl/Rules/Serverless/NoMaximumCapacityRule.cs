using System.Collections.Generic;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Rules;

/// <summary>EMR101: without maximum capacity an application scales to the account's quota.</summary>
public sealed class NoMaximumCapacityRule : ServerlessRule
{
    public NoMaximumCapacityRule()
        : base(RuleIds.NoMaximumCapacity, "No maximum capacity", FindingSeverity.Warning, RuleCategory.Cost)
    {
    }

    public override IEnumerable<Finding> CheckApplication(ServerlessApplicationSpec application, RuleContext context)
    {
        if (application.MaximumCapacity is null)
        {
            yield return Report(
                "maximumCapacity",
                "The application has no maximum capacity, so one runaway job can scale it to the account's vCPU quota. Set .MaximumCapacity(cpu:, memory:), for example workers × worker size.");
        }
    }
}
