using EmrDsl.Model;
using EmrDsl.Serverless.Model;
using EmrDsl.Wire;

namespace EmrDsl.Serverless;

public sealed partial class ServerlessApplication
{
    /// <summary>
    /// Pre-initialized workers of one kind, kept warm while the application is started. Sizes must be a documented
    /// worker configuration (1, 2, 4, 8 or 16 vCPU with the memory each allows; disk 20 to 200 GB). Setting a kind
    /// again replaces it in place.
    /// </summary>
    public ServerlessApplication InitialCapacity(WorkerKind kind, int workers, Cpu cpu, Memory memory, Disk? disk = null)
    {
        Require.Defined(kind, nameof(kind));
        var capacity = new InitialCapacitySpec
        {
            WorkerCount = Require.Positive(workers, nameof(workers), "The initial worker count"),
            WorkerConfiguration = WorkerResources.Worker(cpu, memory, disk),
        };
        var key = ApiEnum<WorkerKind>.ToApi(kind);
        return With(s =>
        {
            var index = s.InitialCapacity.FindIndex(e => e.Key == key);
            var entry = new KeyedSpec<InitialCapacitySpec>(key, capacity);
            return s with { InitialCapacity = index < 0 ? s.InitialCapacity.Add(entry) : s.InitialCapacity.SetItem(index, entry) };
        });
    }

    /// <summary>The most the application may scale to, summed over all workers (memory in whole gigabytes).</summary>
    public ServerlessApplication MaximumCapacity(Cpu cpu, Memory memory, Disk? disk = null) =>
        With(s => s with { MaximumCapacity = WorkerResources.Total(cpu, memory, disk) });
}
