namespace EmrDsl.Catalog;

/// <summary>What rules need to know about one EC2 instance type.</summary>
/// <param name="Name">The API name, for example <c>m5.xlarge</c>.</param>
/// <param name="Family">The part before the dot, for example <c>m5</c>.</param>
/// <param name="VCpus">Virtual CPUs (what YARN hands out as cores by default on EMR).</param>
/// <param name="MemoryGiB">Memory in GiB (family ratio times vCPUs; approximate for a few older types).</param>
/// <param name="GravitonGeneration">0 for x86, otherwise 2, 3 or 4 (Arm-based AWS Graviton).</param>
public sealed record InstanceTypeInfo(string Name, string Family, int VCpus, double MemoryGiB, int GravitonGeneration)
{
    public bool IsGraviton => GravitonGeneration > 0;
}
