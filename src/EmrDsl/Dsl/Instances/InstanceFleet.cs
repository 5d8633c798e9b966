using System;
using EmrDsl.Model;
using EmrDsl.Wire;

namespace EmrDsl;

/// <summary>
/// One instance fleet (<c>InstanceFleetConfig</c>): target capacities, candidate instance types, and how spot
/// and on-demand capacity is provisioned and resized. Immutable; written inside <c>.MasterFleet(f => ...)</c> etc.
/// </summary>
public sealed class InstanceFleet : IHoldsApiSpec
{
    internal InstanceFleet(InstanceFleetSpec spec) => Spec = spec;

    /// <summary>The fleet written so far.</summary>
    public InstanceFleetSpec Spec { get; }

    IApiSpec IHoldsApiSpec.Spec => Spec;

    public InstanceFleet Named(string name) => With(f => f with { Name = Require.Name(name, nameof(name)) });

    /// <summary>On-demand capacity units to provision (<c>TargetOnDemandCapacity</c>).</summary>
    public InstanceFleet OnDemandCapacity(int units) =>
        With(f => f with { TargetOnDemandCapacity = Require.NonNegative(units, nameof(units), "The on-demand target capacity") });

    /// <summary>Spot capacity units to provision (<c>TargetSpotCapacity</c>).</summary>
    public InstanceFleet SpotCapacity(int units) =>
        With(f => f with { TargetSpotCapacity = Require.NonNegative(units, nameof(units), "The spot target capacity") });

    /// <summary>
    /// Adds a candidate instance type, e.g. <c>.InstanceType(InstanceTypes.R6g.X2Large, 2, t => t.BidPercentOfOnDemand(60))</c>;
    /// writing the same type again replaces it.
    /// </summary>
    public InstanceFleet InstanceType(string instanceType, int? weightedCapacity = null, Func<FleetInstanceType, FleetInstanceType>? configure = null)
    {
        var type = new FleetInstanceType(new InstanceTypeSpec { InstanceType = Require.NonEmpty(instanceType, nameof(instanceType), "An instance type") });
        type = weightedCapacity is { } weight ? type.Weight(weight) : type;
        var spec = (configure is null ? type : configure(type)).Spec;
        var index = Spec.InstanceTypeConfigs.FindIndex(t => t.InstanceType == instanceType);
        return With(f => f with { InstanceTypeConfigs = index < 0 ? f.InstanceTypeConfigs.Add(spec) : f.InstanceTypeConfigs.SetItem(index, spec) });
    }

    /// <summary>How long to wait for spot capacity at launch and what to do then (<c>LaunchSpecifications.SpotSpecification</c>).</summary>
    public InstanceFleet SpotProvisioning(int timeoutMinutes, SpotTimeoutAction timeoutAction, SpotAllocationStrategy? allocationStrategy = null) =>
        WithLaunch(l => l with
        {
            SpotSpecification = new SpotProvisioningSpec
            {
                TimeoutDurationMinutes = Require.InRange(timeoutMinutes, 5, 1440, nameof(timeoutMinutes), "The spot provisioning timeout in minutes"),
                TimeoutAction = timeoutAction,
                AllocationStrategy = allocationStrategy,
            },
        });

    /// <summary>How on-demand instances are chosen at launch (<c>LaunchSpecifications.OnDemandSpecification</c>).</summary>
    public InstanceFleet OnDemandProvisioning(OnDemandAllocationStrategy allocationStrategy) =>
        WithOnDemandLaunch(o => o with { AllocationStrategy = allocationStrategy });

    /// <summary>
    /// Whether on-demand capacity at launch comes from EC2 capacity reservations
    /// (<c>LaunchSpecifications.OnDemandSpecification.CapacityReservationOptions</c>): use them first, target open ones
    /// or none, or those of a resource group. The API also needs <see cref="OnDemandProvisioning"/>'s allocation strategy.
    /// </summary>
    public InstanceFleet OnDemandCapacityReservations(
        CapacityReservationUsageStrategy? usageStrategy = null, CapacityReservationPreference? preference = null, string? resourceGroupArn = null)
    {
        if (usageStrategy is null && preference is null && resourceGroupArn is null)
        {
            throw new ArgumentException(
                "Say how capacity reservations are used: a usage strategy, a preference or a resource group ARN, for example OnDemandCapacityReservations(CapacityReservationUsageStrategy.UseCapacityReservationsFirst).",
                nameof(usageStrategy));
        }

        var options = new CapacityReservationSpec
        {
            UsageStrategy = usageStrategy,
            CapacityReservationPreference = preference,
            CapacityReservationResourceGroupArn = Require.NonEmptyIfGiven(resourceGroupArn, nameof(resourceGroupArn), "A capacity reservation resource group ARN"),
        };
        return WithOnDemandLaunch(o => o with { CapacityReservationOptions = options });
    }

    /// <summary>How long a spot resize may wait and how instances are chosen (<c>ResizeSpecifications.SpotResizeSpecification</c>).</summary>
    public InstanceFleet SpotResize(int? timeoutMinutes = null, SpotAllocationStrategy? allocationStrategy = null) =>
        WithResize(r => r with
        {
            SpotResizeSpecification = new SpotResizeSpec
            {
                TimeoutDurationMinutes = Require.InRange(timeoutMinutes, 5, 10080, nameof(timeoutMinutes), "The spot resize timeout in minutes"),
                AllocationStrategy = allocationStrategy,
            },
        });

    /// <summary>How long an on-demand resize may wait and how instances are chosen (<c>ResizeSpecifications.OnDemandResizeSpecification</c>).</summary>
    public InstanceFleet OnDemandResize(int? timeoutMinutes = null, OnDemandAllocationStrategy? allocationStrategy = null) =>
        WithResize(r => r with
        {
            OnDemandResizeSpecification = new OnDemandResizeSpec
            {
                TimeoutDurationMinutes = Require.InRange(timeoutMinutes, 5, 10080, nameof(timeoutMinutes), "The on-demand resize timeout in minutes"),
                AllocationStrategy = allocationStrategy,
            },
        });

    private InstanceFleet WithOnDemandLaunch(Func<OnDemandProvisioningSpec, OnDemandProvisioningSpec> change) =>
        WithLaunch(l => l with { OnDemandSpecification = change(l.OnDemandSpecification ?? new OnDemandProvisioningSpec()) });

    private InstanceFleet WithLaunch(Func<FleetLaunchSpec, FleetLaunchSpec> change) =>
        With(f => f with { LaunchSpecifications = change(f.LaunchSpecifications ?? new FleetLaunchSpec()) });

    private InstanceFleet WithResize(Func<FleetResizeSpec, FleetResizeSpec> change) =>
        With(f => f with { ResizeSpecifications = change(f.ResizeSpecifications ?? new FleetResizeSpec()) });

    private InstanceFleet With(Func<InstanceFleetSpec, InstanceFleetSpec> change) => new(change(Spec));
}
