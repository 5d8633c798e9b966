using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace EmrDsl.Rules;

/// <summary>
/// What one node of the virtual cluster's namespace can give a pod: its allocatable vCPUs and memory (as
/// <c>kubectl describe node</c> shows them under Allocatable, which is less than the instance's size). The request
/// does not say where its pods land, so EMR052 checks pods against a node only when this is given.
/// </summary>
public sealed record EksNodeSize
{
    private static readonly Regex Text = new(@"^\s*(\d+(?:\.\d+)?)\s*vCPU\s*,\s*(\d+(?:\.\d+)?)\s*GiB\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public EksNodeSize(double vCpus, double memoryGibibytes)
    {
        if (!(vCpus > 0) || !(memoryGibibytes > 0))
        {
            throw new ArgumentOutOfRangeException(vCpus > 0 ? nameof(memoryGibibytes) : nameof(vCpus), $"A node has {vCpus} vCPU and {memoryGibibytes} GiB: both must be positive, for example new EksNodeSize(15.89, 57.6) for an m5.4xlarge's allocatable resources.");
        }

        VCpus = vCpus;
        MemoryGibibytes = memoryGibibytes;
    }

    public double VCpus { get; }

    public double MemoryGibibytes { get; }

    /// <summary>The <c>.editorconfig</c> form: <c>15.89 vCPU, 57.6 GiB</c>; null for anything else.</summary>
    public static EksNodeSize? Parse(string? text)
    {
        var match = text is null ? null : Text.Match(text);
        if (match is not { Success: true })
        {
            return null;
        }

        var vCpus = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var memory = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return vCpus > 0 && memory > 0 ? new EksNodeSize(vCpus, memory) : null;
    }

    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} vCPU, {1} GiB", VCpus, MemoryGibibytes);
}
