using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using EmrDsl.Artifacts;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// Loads a compiled test compilation into a collectible context, so a definition can be run for real and its
/// run-time payload compared with the constant the generator emitted. EmrDsl resolves to the test's own copy.
/// </summary>
internal sealed class RuntimeLoader : AssemblyLoadContext, IDisposable
{
    private RuntimeLoader()
        : base(isCollectible: true)
    {
    }

    public Assembly Assembly { get; private set; } = null!;

    public static RuntimeLoader Load(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        var loader = new RuntimeLoader();
        loader.Assembly = loader.LoadFromStream(image);
        return loader;
    }

    public object? Get(string typeName, string member)
    {
        var type = Assembly.GetType(typeName, throwOnError: true)!;
        return type.GetProperty(member)?.GetValue(null) ?? type.GetField(member)!.GetValue(null);
    }

    /// <summary>One payload of a definition, by the name its typed constant has (<c>RunJobFlowJson</c>).</summary>
    /// <param name="artifactsName">The containing type and the emitted name: <c>Acme.Data.Pipelines+NightlyArtifacts</c>.</param>
    public string Constant(string artifactsName, string name) => Artifacts(artifactsName)[name];

    /// <summary>
    /// A definition's payloads by constant name, read from the private manifest constant the generator emits by default
    /// in a file of its own (projects of up to 64 definitions), as the build task reads it.
    /// </summary>
    public IReadOnlyDictionary<string, string> Artifacts(string artifactsName)
    {
        var separator = artifactsName.LastIndexOf('+');
        var field = Assembly.GetType(artifactsName.Substring(0, separator), throwOnError: true)!
            .GetField(artifactsName.Substring(separator + 1), BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException($"No artifacts constant {artifactsName} was generated.");
        return Assert.Single(Read(field)).Payloads;
    }

    /// <summary>Every definition's payloads in the assembly, by the definition's full name (<c>Acme.Data.Pipelines.Nightly</c>).</summary>
    public IEnumerable<(string Definition, IReadOnlyDictionary<string, string> Payloads)> AllArtifacts() =>
        from field in ManifestConstants()
        from definition in Read(field)
        select (definition.Name, (IReadOnlyDictionary<string, string>)definition.Payloads);

    /// <summary>The private constants marked <c>[EmrArtifacts]</c>, each one generated file's manifest.</summary>
    public IEnumerable<FieldInfo> ManifestConstants() =>
        from type in Assembly.GetTypes()
        from field in type.GetFields(BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
        where field.IsDefined(typeof(EmrArtifactsAttribute), inherit: false)
        select field;

    public void Dispose() => Unload();

    private static List<ManifestDefinition> Read(FieldInfo field)
    {
        Assert.True(field.IsDefined(typeof(EmrArtifactsAttribute), inherit: false), $"{field.Name} is not marked [EmrArtifacts].");
        return ArtifactManifest.Read((string)field.GetRawConstantValue()!, field.Name);
    }

    // Everything else (EmrDsl, the framework) comes from the default context.
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
