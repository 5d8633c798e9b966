using System.Text;
using System.Collections.Generic;
using System.IO;
using EmrDsl.Cli.Import.Containers;
using EmrDsl.Cli.Import.Security;
using EmrDsl.Cli.Import.Serverless;
using EmrDsl.Cli.Import.Syntax;
using EmrDsl.Containers;
using EmrDsl.Cli.Payloads;
using EmrDsl.Containers.Model;
using EmrDsl.Model;
using EmrDsl.Serverless;
using EmrDsl.Serverless.Model;

namespace EmrDsl.Cli.Import;

/// <summary>
/// An imported definition ready to be written: the DSL type, the verified fluent code, the name the request gives it
/// (for the property name) and the attribute that has the generator evaluate it at build time.
/// </summary>
internal sealed record ImportedDefinition(string TypeName, Chain Code, string? Name, string? Marker, params string[] Namespaces)
{

    private const string ClusterMarker = "EmrCluster";
    private const string ServerlessMarker = "EmrServerless";
    private const string StepsMarker = "EmrSteps";
    private const string ScalingMarker = "EmrScaling";
    private const string EksMarker = "EmrOnEks";
    private const string SecurityConfigurationMarker = "EmrSecurityConfiguration";
    private static readonly string[] ServerlessNamespaces = { "EmrDsl.Serverless", "EmrDsl.Serverless.Model" };
    private static readonly string[] ContainersNamespaces = { "EmrDsl.Containers", "EmrDsl.Containers.Model" };

    public static ImportedDefinition Of(ClusterSpec spec) => new(nameof(EmrDsl.Cluster), ClusterImporter.Import(spec), spec.Name, ClusterMarker);

    /// <summary>Steps have no name of their own: the property is called <c>Imported</c> unless <c>--member</c> names it.</summary>
    public static ImportedDefinition Of(AddJobFlowStepsSpec spec) => new(nameof(JobFlowSteps), StepsImporter.Import(spec), Name: null, StepsMarker);

    /// <summary>Scaling requests have no name of their own either: the property is called <c>Imported</c> unless <c>--member</c> names it.</summary>
    public static ImportedDefinition Of(PutAutoScalingPolicySpec spec) => new(nameof(InstanceGroupScaling), ScalingImporter.Import(spec), Name: null, ScalingMarker);

    public static ImportedDefinition Of(PutManagedScalingPolicySpec spec) => new(nameof(ManagedScalingLimits), ScalingImporter.Import(spec), Name: null, ScalingMarker);

    public static ImportedDefinition Of(ServerlessApplicationSpec spec) => new(nameof(ServerlessApplication), ApplicationImporter.Import(spec), spec.Name, ServerlessMarker, ServerlessNamespaces);

    public static ImportedDefinition Of(ServerlessJobRunSpec spec) => new(nameof(ServerlessJobRun), JobRunImporter.Import(spec), spec.Name, ServerlessMarker, ServerlessNamespaces);

    public static ImportedDefinition Of(EksJobRunSpec spec) => new(nameof(EksJobRun), EksJobRunImporter.Import(spec), spec.Name, EksMarker, ContainersNamespaces);

    /// <summary>
    /// A security configuration document carries no name: the configuration is named after the file (<c>baseline.json</c>
    /// gives <c>baseline</c>), which clusters then refer to. What the import changes is added to <paramref name="notes"/>.
    /// </summary>
    public static ImportedDefinition Of(PayloadFile document, ICollection<string> notes)
    {
        var name = Path.GetFileNameWithoutExtension(document.Path) is { Length: > 0 } stem ? stem : "imported";
        return new(nameof(SecurityConfiguration), SecurityConfigurationImporter.Import(document, name, notes), name, SecurityConfigurationMarker);
    }

    public static ImportedDefinition Of(EksVirtualClusterSpec spec) => new(nameof(EksVirtualCluster), EksVirtualClusterImporter.Import(spec), spec.Name, EksMarker, ContainersNamespaces);

    public static ImportedDefinition Of(EksJobTemplateSpec spec) => new(nameof(EksJobTemplate), EksJobTemplateImporter.Import(spec), spec.Name, EksMarker, ContainersNamespaces);
}

/// <summary>The C# file <c>emrdsl import</c> writes: usings, an optional namespace, a static partial class with one definition property.</summary>
internal static class DefinitionFile
{
    public static string Write(ImportedDefinition definition, string source, string? ns, string className, string? member)
    {
        var text = new StringBuilder()
            .Append("// Imported by emrdsl from ").Append(source.Replace('\\', '/')).Append('\n')
            .Append("using System;\n")
            .Append("using EmrDsl;\n")
            .Append("using EmrDsl.Model;\n");
        foreach (var name in definition.Namespaces)
        {
            text.Append("using ").Append(name).Append(";\n");
        }

        text.Append('\n');
        if (ns is not null)
        {
            text.Append("namespace ").Append(ns).Append(";\n\n");
        }

        text.Append("public static partial class ").Append(className).Append("\n{\n");
        const int Indent = 4;
        if (definition.Marker is not null)
        {
            text.Append(' ', Indent).Append('[').Append(definition.Marker).Append("]\n");
        }

        text.Append(' ', Indent).Append("public static ").Append(definition.TypeName).Append(' ').Append(member ?? MemberName(definition)).Append(" => ")
            .Append(definition.Code.Render(Indent)).Append(";\n}\n");
        return text.ToString();
    }

    /// <summary>The definition's name in PascalCase, else <c>Imported</c>; never the type's own name.</summary>
    private static string MemberName(ImportedDefinition definition)
    {
        var name = (definition.Name is { } given ? CSharpLiteral.PascalCase(given) : null) ?? "Imported";
        return name == definition.TypeName ? "Imported" + definition.TypeName : name;
    }
}
