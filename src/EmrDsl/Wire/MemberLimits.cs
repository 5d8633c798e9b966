namespace EmrDsl.Wire;

/// <summary>
/// What the EMR API accepts for one member, as its service model states it: whether it is required,
/// string length bounds, numeric range. Checked by <c>Validate()</c>, the analyzers and <c>emrdsl validate</c>.
/// </summary>
internal sealed record MemberLimits
{
    public static readonly MemberLimits None = new();

    public bool Required { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public static MemberLimits Of(bool required = false, int minLength = -1, int maxLength = -1, double min = double.NaN, double max = double.NaN) => new()
    {
        Required = required,
        MinLength = minLength < 0 ? null : minLength,
        MaxLength = maxLength < 0 ? null : maxLength,
        Min = double.IsNaN(min) ? null : min,
        Max = double.IsNaN(max) ? null : max,
    };
}
