using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
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

    public string Constant(string typeName, string name) =>
        (string)Assembly.GetType(typeName, throwOnError: true)!.GetField(name)!.GetRawConstantValue()!;

    public void Dispose() => Unload();

    // Everything else (EmrDsl, the framework) comes from the default context.
    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
