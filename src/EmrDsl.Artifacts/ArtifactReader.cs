using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace EmrDsl.Artifacts;

/// <summary>
/// Reads a compiled assembly's artifacts straight from its metadata, no code of the assembly loaded or run: each
/// constant marked <c>[EmrArtifacts]</c> is the <see cref="ArtifactManifest"/> of one generated file's definitions (the
/// default), each marked class holds one definition's payloads as typed constants (<c>EmrDslArtifactConstants</c>).
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
            // Names are put together only for what is marked: most types of an assembly hold no artifacts.
            var type = metadata.GetTypeDefinition(handle);
            if (IsMarked(metadata, type.GetCustomAttributes()))
            {
                artifacts.AddRange(Files(ClassConstants(metadata, type), FullName(metadata, type)));
            }

            foreach (var fieldHandle in type.GetFields())
            {
                var field = metadata.GetFieldDefinition(fieldHandle);
                if (IsMarked(metadata, field.GetCustomAttributes()))
                {
                    var source = FullName(metadata, type) + "." + metadata.GetString(field.Name);
                    var manifest = StringConstant(metadata, field)
                        ?? throw new InvalidDataException($"{source} is marked [EmrArtifacts] but is not a string constant; rebuild with the matching EmrDsl version.");
                    foreach (var definition in ArtifactManifest.Read(manifest, source))
                    {
                        artifacts.AddRange(Files(definition.Payloads, definition.Name));
                    }
                }
            }
        }

        return artifacts;
    }

    private static Dictionary<string, string> ClassConstants(MetadataReader metadata, TypeDefinition type)
    {
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fieldHandle in type.GetFields())
        {
            var field = metadata.GetFieldDefinition(fieldHandle);
            if (StringConstant(metadata, field) is { } value)
            {
                constants[metadata.GetString(field.Name)] = value;
            }
        }

        return constants;
    }

    private static string? StringConstant(MetadataReader metadata, FieldDefinition field)
    {
        var constant = field.GetDefaultValue();
        if (constant.IsNil || metadata.GetConstant(constant).TypeCode != ConstantTypeCode.String)
        {
            return null;
        }

        var blob = metadata.GetBlobReader(metadata.GetConstant(constant).Value);
        return Encoding.Unicode.GetString(blob.ReadBytes(blob.Length));
    }

    private static IEnumerable<Artifact> Files(Dictionary<string, string> constants, string source)
    {
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

    private static bool IsMarked(MetadataReader metadata, CustomAttributeHandleCollection attributes)
    {
        foreach (var attributeHandle in attributes)
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
