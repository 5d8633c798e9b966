using System;
using System.Collections.Generic;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Model;
using static EmrDsl.Cli.Import.Code;

namespace EmrDsl.Cli.Import;

/// <summary>What instance groups and fleet instance types share: EBS volumes and per-node configurations.</summary>
internal static class NodeSettings
{
    public delegate T AddVolume<T>(T node, string volumeType, int sizeGiB, int? iops, int? throughput, int? volumesPerInstance);

    public static Fluent<T> Ebs<T>(Fluent<T> fluent, EbsSpec? ebs, AddVolume<T> add, Func<T, bool, T> optimized)
    {
        if (ebs is null)
        {
            return fluent;
        }

        foreach (var device in ebs.EbsBlockDeviceConfigs)
        {
            var volume = device.VolumeSpecification;
            if (volume is not { VolumeType: { } type, SizeInGB: { } size })
            {
                return fluent.Unsupported("An EBS device without a volume type and size has no fluent form.");
            }

            var arguments = new List<Expr> { Catalog.Volume(type), I(size) };
            arguments.AddRange(ClusterStatements.Optional(("iops", volume.Iops), ("throughput", volume.Throughput), ("volumesPerInstance", device.VolumesPerInstance)));
            fluent = fluent.Then(new Call("Ebs", arguments.ToArray()), n => add(n, type, size, volume.Iops, volume.Throughput, device.VolumesPerInstance));
        }

        return ebs.EbsOptimized is { } on ? fluent.Then(Flag("EbsOptimized", on), n => optimized(n, on)) : fluent;
    }

    public static Fluent<T> Configurations<T>(Fluent<T> fluent, EquatableArray<ConfigurationSpec> configurations, Func<T, string, Func<Classification, Classification>, T> configure)
    {
        foreach (var configuration in configurations)
        {
            fluent = ConfigurationCode.Configure(fluent, configuration, configure);
        }

        return fluent;
    }

    private static Call Flag(string method, bool value) => value ? new Call(method) : new Call(method, B(false));
}
