using System.Collections.Generic;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import;

/// <summary><c>.MasterFleet(f => ...)</c>, <c>.CoreFleet(...)</c>, <c>.TaskFleet(...)</c> with their instance types and provisioning.</summary>
internal static class FleetCode
{
    public static Fluent<Cluster> Fleets(EquatableArray<InstanceFleetSpec> fleets)
    {
        var fluent = Fluent<Cluster>.Empty;
        foreach (var fleet in fleets)
        {
            if (fleet.InstanceFleetType is not { } type)
            {
                return fluent.Unsupported("A fleet without a type has no fluent form.");
            }

            var settings = Settings(fleet, type.ToString());
            var lambda = settings.ToLambda("f") ?? new Lambda("f", new Token("f"));
            fluent = type switch
            {
                InstanceFleetType.Master => fluent.Then(new Call("MasterFleet", lambda), c => c.MasterFleet(settings.Apply)),
                InstanceFleetType.Core => fluent.Then(new Call("CoreFleet", lambda), c => c.CoreFleet(settings.Apply)),
                _ => fluent.Then(new Call("TaskFleet", lambda), c => c.TaskFleet(settings.Apply)),
            };
        }

        return fluent;
    }

    private static Fluent<InstanceFleet> Settings(InstanceFleetSpec fleet, string defaultName)
    {
        var fluent = Fluent<InstanceFleet>.Empty;
        if (fleet.Name is { } name && name != defaultName)
        {
            fluent = fluent.Then(new Call("Named", S(name)), f => f.Named(name));
        }

        if (fleet.TargetOnDemandCapacity is { } onDemand)
        {
            fluent = fluent.Then(new Call("OnDemandCapacity", I(onDemand)), f => f.OnDemandCapacity(onDemand));
        }

        if (fleet.TargetSpotCapacity is { } spot)
        {
            fluent = fluent.Then(new Call("SpotCapacity", I(spot)), f => f.SpotCapacity(spot));
        }

        foreach (var type in fleet.InstanceTypeConfigs)
        {
            fluent = InstanceType(fluent, type);
        }

        if (fleet.LaunchSpecifications?.SpotSpecification is { TimeoutDurationMinutes: { } timeout, TimeoutAction: { } action } spotLaunch)
        {
            var arguments = new List<Expr> { I(timeout), E(action) };
            if (spotLaunch.AllocationStrategy is { } strategy)
            {
                arguments.Add(E(strategy));
            }

            fluent = fluent.Then(new Call("SpotProvisioning", arguments.ToArray()), f => f.SpotProvisioning(timeout, action, spotLaunch.AllocationStrategy));
        }

        if (fleet.LaunchSpecifications?.OnDemandSpecification?.AllocationStrategy is { } onDemandStrategy)
        {
            fluent = fluent.Then(new Call("OnDemandProvisioning", E(onDemandStrategy)), f => f.OnDemandProvisioning(onDemandStrategy));
        }

        if (fleet.LaunchSpecifications?.OnDemandSpecification?.CapacityReservationOptions is { } reservations)
        {
            var arguments = NamedIfSet(
                ("usageStrategy", reservations.UsageStrategy is { } usage ? E(usage) : null),
                ("preference", reservations.CapacityReservationPreference is { } preference ? E(preference) : null),
                ("resourceGroupArn", reservations.CapacityReservationResourceGroupArn is { } group ? S(group) : null));
            fluent = fluent.Then(
                new Call("OnDemandCapacityReservations", arguments),
                f => f.OnDemandCapacityReservations(reservations.UsageStrategy, reservations.CapacityReservationPreference, reservations.CapacityReservationResourceGroupArn));
        }

        if (fleet.ResizeSpecifications?.SpotResizeSpecification is { } spotResize)
        {
            var arguments = ResizeArguments(spotResize.TimeoutDurationMinutes, spotResize.AllocationStrategy is { } s ? E(s) : null);
            fluent = fluent.Then(new Call("SpotResize", arguments), f => f.SpotResize(spotResize.TimeoutDurationMinutes, spotResize.AllocationStrategy));
        }

        if (fleet.ResizeSpecifications?.OnDemandResizeSpecification is { } onDemandResize)
        {
            var arguments = ResizeArguments(onDemandResize.TimeoutDurationMinutes, onDemandResize.AllocationStrategy is { } s ? E(s) : null);
            fluent = fluent.Then(new Call("OnDemandResize", arguments), f => f.OnDemandResize(onDemandResize.TimeoutDurationMinutes, onDemandResize.AllocationStrategy));
        }

        return fluent;
    }

    private static Fluent<InstanceFleet> InstanceType(Fluent<InstanceFleet> fluent, InstanceTypeSpec spec)
    {
        if (spec.InstanceType is not { } name)
        {
            return fluent.Unsupported("An instance type config without an instance type has no fluent form.");
        }

        var settings = Fluent<FleetInstanceType>.Empty;
        if (spec.BidPrice is { } bid)
        {
            settings = settings.Then(new Call("BidPrice", Catalog.Bid(bid)), t => t.BidPrice(bid));
        }

        if (spec.BidPriceAsPercentageOfOnDemandPrice is { } percent)
        {
            settings = settings.Then(new Call("BidPercentOfOnDemand", CSharpLiteral.Double(percent)), t => t.BidPercentOfOnDemand(percent));
        }

        settings = NodeSettings.Ebs(settings, spec.EbsConfiguration, (t, v, size, iops, throughput, count) => t.Ebs(v, size, iops, throughput, count), (t, on) => t.EbsOptimized(on));
        settings = NodeSettings.Configurations(settings, spec.Configurations, (t, c, body) => t.Configure(c, body));
        if (spec.CustomAmiId is { } ami)
        {
            settings = settings.Then(new Call("CustomAmi", S(ami)), t => t.CustomAmi(ami));
        }

        if (spec.Priority is { } priority)
        {
            settings = settings.Then(new Call("Priority", CSharpLiteral.Double(priority)), t => t.Priority(priority));
        }

        var arguments = new List<Expr> { Catalog.InstanceType(name) };
        var lambda = settings.ToLambda("t");
        if (spec.WeightedCapacity is { } weight)
        {
            arguments.Add(I(weight));
        }
        else if (lambda is not null)
        {
            arguments.Add(new Token("null"));
        }

        if (lambda is not null)
        {
            arguments.Add(lambda);
        }

        return fluent.Then(new Call("InstanceType", arguments.ToArray()), f => f.InstanceType(name, spec.WeightedCapacity, lambda is null ? null : settings.Apply));
    }

    private static Expr[] ResizeArguments(int? timeout, Expr? strategy)
    {
        var arguments = new List<Expr>();
        if (timeout is { } minutes)
        {
            arguments.Add(Named("timeoutMinutes", I(minutes)));
        }

        if (strategy is not null)
        {
            arguments.Add(new Token("allocationStrategy: " + strategy.Inline));
        }

        return arguments.ToArray();
    }
}
