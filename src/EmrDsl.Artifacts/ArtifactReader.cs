using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace EmrDsl.Artifacts;

/// <summary>
/// Reads the artifact constants of classes marked <see cref="EmrArtifactsAttribute"/> straight from an
/// assembly's metadata: no code of the assembly is loaded or run.
/// </summary>
public static class ArtifactReader
{
    private const string AttributeNamespace = "EmrDsl.Artifacts";
    private const string AttributeName = "EmrArtifactsAttribute";

    public static IReadOnlyList<Artifact> Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            throw new BadImageFormatException($"'{assemblyPath}' is not a .NET assembly.");
        }

        var metadata = pe.GetMetadataReader();
        var artifacts = new List<Artifact>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if (IsMarked(metadata, type))
            {
                artifacts.AddRange(ReadType(metadata, type));
            }
        }

        return artifacts;
    }

    private static IEnumerable<Artifact> ReadType(MetadataReader metadata, TypeDefinition type)
    {
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fieldHandle in type.GetFields())
        {
            var field = metadata.GetFieldDefinition(fieldHandle);
            var constant = field.GetDefaultValue();
            if (!constant.IsNil && metadata.GetConstant(constant).TypeCode == ConstantTypeCode.String)
            {
                var blob = metadata.GetBlobReader(metadata.GetConstant(constant).Value);
                constants[metadata.GetString(field.Name)] = Encoding.Unicode.GetString(blob.ReadBytes(blob.Length));
            }
        }

        var source = FullName(metadata, type);
        if (!constants.TryGetValue(ArtifactKinds.FileNameConstant, out var fileName))
        {
            throw new InvalidDataException($"{source} is marked [EmrArtifacts] but has no {ArtifactKinds.FileNameConstant} constant; rebuild with the matching EmrDsl version.");
        }

        foreach (var kind in ArtifactKinds.All)
        {
            if (constants.TryGetValue(kind.ConstantName, out var content))
            {
                yield return new Artifact(fileName + kind.FileSuffix, content, source);
            }
        }
    }

    private static bool IsMarked(MetadataReader metadata, TypeDefinition type)
    {
        foreach (var attributeHandle in type.GetCustomAttributes())
        {
            var constructor = metadata.GetCustomAttribute(attributeHandle).Constructor;
            if (constructor.Kind == HandleKind.MemberReference)
            {
                var parent = metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent;
                if (parent.Kind == HandleKind.TypeReference)
                {
                    var reference = metadata.GetTypeReference((TypeReferenceHandle)parent);
                    if (metadata.StringComparer.Equals(reference.Name, AttributeName)
                        && metadata.StringComparer.Equals(reference.Namespace, AttributeNamespace))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static string FullName(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return FullName(metadata, metadata.GetTypeDefinition(declaring)) + "." + name;
        }

        var ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
