using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace EmrDsl.Testing.Oracles;

/// <summary>
/// An official AWS service model (botocore <c>service-2.json</c>, copied to tests/oracles/aws without documentation), loaded once per file,
/// and the validator of payloads against its input shapes.
/// </summary>
public sealed class ServiceModel
{
    private static readonly ConcurrentDictionary<string, Lazy<ServiceModel>> Loaded = new(StringComparer.Ordinal);

    private readonly Dictionary<string, ServiceShape> _shapes;

    private ServiceModel(string file, Dictionary<string, ServiceShape> shapes)
    {
        File = file;
        _shapes = shapes;
    }

    /// <summary>The EMR API (<c>emr-2009-03-31</c>).</summary>
    public static ServiceModel Emr => Load("emr-2009-03-31.service-2.json");

    /// <summary>The EMR Serverless API (<c>emr-serverless-2021-07-13</c>).</summary>
    public static ServiceModel EmrServerless => Load("emr-serverless-2021-07-13.service-2.json");

    /// <summary>The EMR on EKS (emr-containers) API.</summary>
    public static ServiceModel EmrContainers => Load("emr-containers-2020-10-01.service-2.json");

    public string File { get; }

    public IEnumerable<ServiceShape> Shapes => _shapes.Values;

    public static ServiceModel Load(string fileName) =>
        Loaded.GetOrAdd(fileName, name => new Lazy<ServiceModel>(() => Read(name))).Value;

    public ServiceShape Shape(string name) =>
        _shapes.TryGetValue(name, out var shape)
            ? shape
            : throw new ArgumentException($"{File} has no shape '{name}'.", nameof(name));

    /// <summary>Every way <paramref name="json"/> breaks the input shape <paramref name="shapeName"/>; empty when it is valid.</summary>
    public IReadOnlyList<Violation> Validate(string json, string shapeName)
    {
        var shape = Shape(shapeName);
        using var document = JsonDocument.Parse(json);
        return new ServiceModelValidator(this).Validate(document.RootElement, shape);
    }

    private static ServiceModel Read(string fileName)
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(RepoPaths.OracleFile("aws", fileName)));
        var shapes = document.RootElement.GetProperty("shapes").EnumerateObject()
            .ToDictionary(s => s.Name, s => ServiceShape.Parse(s.Name, s.Value), StringComparer.Ordinal);
        return new ServiceModel(Path.GetFileName(fileName), shapes);
    }
}
