using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Xunit;

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
    /// the output method (of Cluster, JobFlowSteps, ServerlessApplication or ServerlessJobRun) the generator's constant of that kind stands for.
    /// </summary>
    public string Payload(string typeName, string member, string fileSuffix)
    {
        var property = assembly.GetType(typeName, throwOnError: true)!.GetProperty(member, BindingFlags.Public | BindingFlags.Static)!;
        var definition = property.GetValue(null)!;
        var (method, arguments) = fileSuffix switch
        {
            ".runjobflow.json" => ("ToRunJobFlowJson", Array.Empty<object>()),
            ".addjobflowsteps.json" => ("ToAddJobFlowStepsJson", IsCluster(property) ? new object[] { JobFlowId(property) } : Array.Empty<object>()),
            ".securityconfiguration.json" => ("ToSecurityConfigurationJson", Array.Empty<object>()),
            ".tf.json" => ("ToTerraformJson", Array.Empty<object>()),
            ".createapplication.json" => ("ToCreateApplicationJson", Array.Empty<object>()),
            ".startjobrun.json" => ("ToStartJobRunJson", Array.Empty<object>()),
            ".asl.json" => ("ToStepFunctionsJson", Array.Empty<object>()),
            _ => throw new InvalidOperationException($"No run-time output is known for '{fileSuffix}' files; add its definition method here."),
        };
        // The method with these leading arguments; trailing optional parameters (a Terraform resource name) keep their defaults.
        var target = definition.GetType().GetMethods().Single(m =>
            m.Name == method
            && m.GetParameters().Length >= arguments.Length
            && m.GetParameters().Skip(arguments.Length).All(p => p.IsOptional)
            && m.GetParameters().Take(arguments.Length).Select(p => p.ParameterType).SequenceEqual(arguments.Select(a => a.GetType())));
        var padded = arguments.Concat(Enumerable.Repeat(Type.Missing, target.GetParameters().Length - arguments.Length)).ToArray();
        return (string)target.Invoke(definition, padded)!;
    }

    /// <summary>
    /// Asserts that the written <paramref name="file"/> (<c>&lt;stem&gt;&lt;suffix&gt;</c>) holds byte for byte the run-time payload
    /// of <paramref name="typeName"/>.<paramref name="member"/> for its kind of file.
    /// </summary>
    public void AssertWrittenAsAtRunTime(string file, string typeName, string member, string stem)
    {
        var name = Path.GetFileName(file);
        var expected = Payload(typeName, member, name.Substring(stem.Length));
        Assert.True(
            Encoding.UTF8.GetBytes(expected).AsSpan().SequenceEqual(File.ReadAllBytes(file)),
            $"{name} differs from the run-time payload:\n{File.ReadAllText(file)}\nexpected:\n{expected}");
    }

    /// <summary>Whether the definition is an [EmrCluster]: its steps request takes the cluster id from the attribute (steps definitions carry their own).</summary>
    private static bool IsCluster(PropertyInfo definition) => definition.GetCustomAttributes().Any(IsClusterAttribute);

    private static bool IsClusterAttribute(Attribute attribute) => attribute.GetType().FullName == "EmrDsl.EmrClusterAttribute";

    /// <summary>The cluster id the definition's [EmrCluster(JobFlowId = ...)] names, or the attribute's default placeholder.</summary>
    private static string JobFlowId(PropertyInfo definition)
    {
        var attribute = definition.GetCustomAttributes().Single(IsClusterAttribute);
        return (string?)attribute.GetType().GetProperty("JobFlowId")!.GetValue(attribute)
            ?? (string)attribute.GetType().GetField("DefaultJobFlowId")!.GetRawConstantValue()!;
    }

    public void Dispose() => Unload();

    // EmrDsl (and anything else the project copied) comes from the project's output, not from this test's references.
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var candidate = Path.Combine(directory, assemblyName.Name + ".dll");
        return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
    }
}
