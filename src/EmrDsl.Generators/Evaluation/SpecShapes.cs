using System;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using EmrDsl.Emit;
using EmrDsl.Json;
using EmrDsl.Model;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// The wire JSON of any value that carries an API shape: a spec record (it declares a static <c>Shape</c>)
/// or a builder that exposes one through its <c>Spec</c> property (like <see cref="Cluster"/>). The source map
/// diffs these before and after each DSL call. A security configuration has no service-model shape (the API takes its
/// document as a string): its document is written by its emitter, and a cluster's authored one is kept under
/// <see cref="Rules.SecurityConfigurationPaths.ClusterDocument"/>, so findings in it map to the calls that wrote it.
/// </summary>
internal static class SpecShapes
{
    private static readonly ConcurrentDictionary<Type, Writer?> Writers = new();

    /// <summary>
    /// Specs are immutable, so each instance is written once, nested ones included: the result of one call in a chain
    /// is the receiver of the next and shares most of its nested specs, whose documents are then the same instances
    /// (which <see cref="JsonDiff"/> skips). The documents are only read.
    /// </summary>
    private static readonly Wire.SpecDocuments Written = new();

    /// <summary>The value's wire JSON and the spec type it was written from, or null if it carries no shape.</summary>
    /// <param name="underConstruction">
    /// The value is an object whose initializer is still assigning its members: it is written afresh each time and
    /// not remembered, since it is the one spec that still changes.
    /// </param>
    public static (JsonObject Json, Type SpecType)? TryWrite(object? value, bool underConstruction = false)
    {
        if (value is null)
        {
            return null;
        }

        var writer = Writers.GetOrAdd(value.GetType(), Create);
        return writer?.Write(value, underConstruction);
    }

    /// <summary>Security configuration documents, each written once (they are immutable, and shared along a chain).</summary>
    private static readonly ConditionalWeakTable<SecurityConfigurationSpec, JsonObject> Documents = new();

    private static Writer? Create(Type type)
    {
        if (type == typeof(SecurityConfiguration))
        {
            return new DocumentWriter();
        }

        var direct = ShapeOf(type);
        if (direct is not null)
        {
            return new ShapeWriter(null, direct.Value.Shape, direct.Value.Write);
        }

        var spec = type.GetProperty("Spec", BindingFlags.Public | BindingFlags.Instance);
        var inner = spec is null ? null : ShapeOf(spec.PropertyType);
        if (inner is null)
        {
            return null;
        }

        var writer = new ShapeWriter(spec, inner.Value.Shape, inner.Value.Write);
        return type == typeof(Cluster) ? new ClusterWriter(writer) : writer;
    }

    private static JsonObject Document(SecurityConfigurationSpec spec) => Documents.GetValue(spec, SecurityConfigurationJson.ToJson);

    private static (object Shape, MethodInfo Write)? ShapeOf(Type type)
    {
        var field = type.GetField("Shape", BindingFlags.Public | BindingFlags.Static);
        if (field is null || !field.FieldType.IsGenericType || field.FieldType.GetGenericTypeDefinition() != typeof(Wire.ApiShape<>))
        {
            return null;
        }

        return (field.GetValue(null)!, field.FieldType.GetMethod(nameof(Wire.ApiShape<object>.Write))!);
    }

    private abstract class Writer
    {
        public abstract (JsonObject Json, Type SpecType)? Write(object value, bool underConstruction);
    }

    /// <summary>A spec with a service-model shape, or a builder holding one in its <c>Spec</c> property.</summary>
    private sealed class ShapeWriter : Writer
    {
        private readonly PropertyInfo? _spec;
        private readonly object _shape;
        private readonly MethodInfo _write;

        public ShapeWriter(PropertyInfo? spec, object shape, MethodInfo write)
        {
            _spec = spec;
            _shape = shape;
            _write = write;
        }

        public override (JsonObject Json, Type SpecType)? Write(object value, bool underConstruction)
        {
            var spec = _spec is null ? value : _spec.GetValue(value);
            if (spec is null)
            {
                return null;
            }

            using (Written.Install())
            {
                var json = (JsonObject)_write.Invoke(_shape, new[] { spec })!;
                if (underConstruction)
                {
                    Written.Forget(spec);
                }

                return (json, spec.GetType());
            }
        }
    }

    /// <summary>A security configuration: its document as CreateSecurityConfiguration takes it.</summary>
    private sealed class DocumentWriter : Writer
    {
        public override (JsonObject Json, Type SpecType)? Write(object value, bool underConstruction) =>
            (Document(((SecurityConfiguration)value).Spec), typeof(SecurityConfigurationSpec));
    }

    /// <summary>A cluster: its RunJobFlow request, with the security configuration authored with it beside the request's members.</summary>
    private sealed class ClusterWriter : Writer
    {
        private readonly ShapeWriter _request;

        public ClusterWriter(ShapeWriter request) => _request = request;

        public override (JsonObject Json, Type SpecType)? Write(object value, bool underConstruction)
        {
            var written = _request.Write(value, underConstruction);
            if (written is not { } request || ((Cluster)value).SecurityConfigurationDocument is not { } document)
            {
                return written;
            }

            // A copy: the request's document is shared with every other result of the chain.
            var json = new JsonObject();
            foreach (var member in request.Json.Members)
            {
                json.Add(member.Key, member.Value);
            }

            return (json.Add(Rules.SecurityConfigurationPaths.ClusterDocument, Document(document)), request.SpecType);
        }
    }
}
