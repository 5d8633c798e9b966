using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using EmrDsl.Containers;
using EmrDsl.Serverless;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Sdk;

namespace EmrDsl.Cli.Tests;

/// <summary>Compiles generated C# in memory against EmrDsl, loads it in a collectible context and evaluates one definition.</summary>
internal static class GeneratedDefinition
{
    /// <summary>The request the definition builds: RunJobFlow for a cluster, AddJobFlowSteps for steps, the scaling requests (or a bare policy) for scaling, CreateApplication or StartJobRun for EMR Serverless, StartJobRun, CreateVirtualCluster or CreateJobTemplate for EMR on EKS, the document for a security configuration.</summary>
    public static string RequestJson(string code, string className, string member)
    {
        var compilation = CSharpCompilation.Create(
            "Imported" + Guid.NewGuid().ToString("N"),
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest)) },
            Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(Cluster).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (!emitted.Success || problems.Count > 0)
        {
            throw new XunitException("The generated code does not compile cleanly:\n" + string.Join("\n", problems) + "\n" + code);
        }

        var context = new AssemblyLoadContext("imported", isCollectible: true);
        context.Resolving += (_, name) => name.Name == typeof(Cluster).Assembly.GetName().Name ? typeof(Cluster).Assembly : null;
        try
        {
            image.Position = 0;
            var type = context.LoadFromStream(image).GetType(className, throwOnError: true)!;
            return type.GetProperty(member, BindingFlags.Public | BindingFlags.Static)!.GetValue(null) switch
            {
                Cluster cluster => cluster.ToRunJobFlowJson(),
                JobFlowSteps steps => steps.ToAddJobFlowStepsJson(),
                InstanceGroupScaling scaling => scaling.Spec.ClusterId is null ? scaling.ToAutoScalingPolicyJson() : scaling.ToPutAutoScalingPolicyJson(),
                ManagedScalingLimits limits => limits.ToPutManagedScalingPolicyJson(),
                ServerlessApplication application => application.ToCreateApplicationJson(),
                ServerlessJobRun run => run.ToStartJobRunJson(),
                EksJobRun run => run.ToStartJobRunJson(),
                EksVirtualCluster virtualCluster => virtualCluster.ToCreateVirtualClusterJson(),
                EksJobTemplate template => template.ToCreateJobTemplateJson(),
                SecurityConfiguration configuration => configuration.ToJson(),
                var other => throw new XunitException($"{className}.{member} is not an EmrDsl definition: {other}"),
            };
        }
        finally
        {
            context.Unload();
        }
    }
}
