namespace EmrDsl;

/// <summary>Managed scaling limits checked as the DSL writes them, for a new cluster and for a running one alike.</summary>
internal static class ComputeLimitsBuilder
{
    public static Model.ComputeLimitsSpec Build(int min, int max, ComputeLimitsUnitType unit, int? maxOnDemand, int? maxCore)
    {
        Require.Positive(min, nameof(min), "The minimum capacity");
        if (max < min)
        {
            throw new System.ArgumentOutOfRangeException(nameof(max), max, $"The maximum capacity ({max}) cannot be below the minimum ({min}).");
        }

        return new Model.ComputeLimitsSpec
        {
            UnitType = unit,
            MinimumCapacityUnits = min,
            MaximumCapacityUnits = max,
            MaximumOnDemandCapacityUnits = Require.Positive(maxOnDemand, nameof(maxOnDemand), "The maximum on-demand capacity"),
            MaximumCoreCapacityUnits = Require.Positive(maxCore, nameof(maxCore), "The maximum core capacity"),
        };
    }
}
