using System.Linq;
using System.Text;
using EmrDsl.Model;

namespace EmrDsl.Cli.Import;

/// <summary>The C# file <c>emrdsl import</c> writes: usings, an optional namespace, a static partial class with one definition property.</summary>
internal static class DefinitionFile
{
    public static string Write(ClusterSpec spec, string source, string? ns, string className, string member)
    {
        var marker = typeof(Cluster).Assembly.GetTypes().FirstOrDefault(t => t.Name == "EmrClusterAttribute");
        var text = new StringBuilder()
            .Append("// Imported by emrdsl from ").Append(source.Replace('\\', '/')).Append('\n')
            .Append("using System;\n")
            .Append("using EmrDsl;\n")
            .Append("using EmrDsl.Model;\n");
        if (marker?.Namespace is { } markerNamespace && markerNamespace != "EmrDsl")
        {
            text.Append("using ").Append(markerNamespace).Append(";\n");
        }

        text.Append('\n');
        if (ns is not null)
        {
            text.Append("namespace ").Append(ns).Append(";\n\n");
        }

        text.Append("public static partial class ").Append(className).Append("\n{\n");
        if (marker is not null)
        {
            text.Append("    [EmrCluster]\n");
        }

        const int Indent = 4;
        text.Append(' ', Indent).Append("public static Cluster ").Append(member).Append(" => ")
            .Append(ClusterImporter.Import(spec).Render(Indent)).Append(";\n}\n");
        return text.ToString();
    }

    /// <summary>The property name: <paramref name="requested"/>, else the cluster name in PascalCase, else <c>Imported</c>.</summary>
    public static string MemberName(string? requested, ClusterSpec spec)
    {
        var name = requested ?? (spec.Name is { } cluster ? CSharpLiteral.PascalCase(cluster) : null) ?? "Imported";
        return name == nameof(Cluster) ? "ImportedCluster" : name;
    }
}
