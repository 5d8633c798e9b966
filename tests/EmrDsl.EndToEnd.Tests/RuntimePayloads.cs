using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace EmrDsl.EndToEnd.Tests;

/// <summary>
/// Loads a built consumer assembly with the EmrDsl.dll the package put beside it, in a collectible context, and
/// runs its definitions: what the same definitions produce at run time.
/// </summary>
internal sealed class RuntimePayloads : AssemblyLoadContext, IDisposable
{
    private readonly string directory;
    private readonly Assembly assembly;

    public RuntimePayloads(string assemblyPath)
        : base(isCollectible: true)
    {
        directory = Path.GetDirectoryName(assemblyPath)!;
        assembly = LoadFromAssemblyPath(assemblyPath);
    }

    /// <summary>
    /// The run-time payload of <paramref name="typeName"/>.<paramref name="member"/> for one artifact file suffix:
    /// the Cluster output method the generator's constant of that kind stands for.
    /// </summary>
    public string Payload(string typeName, string member, string fileSuffix)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var definition = type.GetProperty(member, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var method = fileSuffix switch
        {
            ".runjobflow.json" => "ToRunJobFlowJson",
            ".securityconfiguration.json" => "ToSecurityConfigurationJson",
            ".tf.json" => "ToTerraformJson",
            _ => throw new InvalidOperationException($"No run-time output is known for '{fileSuffix}' files; add its Cluster method here."),
        };
        return (string)definition.GetType().GetMethod(method, Type.EmptyTypes)!.Invoke(definition, null)!;
    }

    public void Dispose() => Unload();

    // EmrDsl (and anything else the project copied) comes from the project's output, not from this test's references.
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var candidate = Path.Combine(directory, assemblyName.Name + ".dll");
        return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
    }
}
