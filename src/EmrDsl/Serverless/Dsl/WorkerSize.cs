using System.Globalization;

namespace EmrDsl.Serverless;

/// <summary>
/// One documented EMR Serverless worker configuration: a vCPU count and the memory it can be paired with
/// (EMR Serverless User Guide, "Supported worker configurations").
/// </summary>
public sealed record WorkerSize(int VCpus, int MinMemoryGigabytes, int MaxMemoryGigabytes, int MemoryStepGigabytes)
{
    /// <summary>Whether <paramref name="memoryGigabytes"/> is in range and on a step of this configuration.</summary>
    public bool Allows(int memoryGigabytes) =>
        memoryGigabytes >= MinMemoryGigabytes
        && memoryGigabytes <= MaxMemoryGigabytes
        && (memoryGigabytes - MinMemoryGigabytes) % MemoryStepGigabytes == 0;

    /// <summary>The rule in words, for messages: <c>4 vCPU takes 8 to 30 GB in 1 GB steps</c>.</summary>
    public string Describe() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} vCPU takes {1} to {2} GB in {3} GB steps",
        VCpus,
        MinMemoryGigabytes,
        MaxMemoryGigabytes,
        MemoryStepGigabytes);
}
