using System.Globalization;

namespace EmrDsl;

/// <summary>Spot bid prices (<c>BidPrice</c>): the on-demand price as the cap, or a USD amount.</summary>
public static class BidPrice
{
    /// <summary>The literal EMR accepts for "cap at the on-demand price of the instance type".</summary>
    public const string OnDemandPrice = "OnDemandPrice";

    /// <summary>A USD amount per instance hour written the way EMR reads it: invariant culture, '.' as decimal point.</summary>
    public static string Usd(decimal amount) => Require.BidPrice(amount, nameof(amount));
}
