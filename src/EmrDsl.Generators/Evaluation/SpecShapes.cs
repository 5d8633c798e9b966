using System;
using System.Collections.Concurrent;
using System.Reflection;
using EmrDsl.Json;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// The wire JSON of any value that carries an API shape: a spec record (it declares a static <c>Shape</c>)
/// or a builder that exposes one through its <c>Spec</c> property (like <see cref="Cluster"/>). The source map
/// diffs these before and after each DSL call.
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

    private static Writer? Create(Type type)
    {
        var direct = ShapeWriter(type);
        if (direct is not null)
        {
            return new Writer(null, direct.Value.Shape, direct.Value.Write);
        }

        var spec = type.GetProperty("Spec", BindingFlags.Public | BindingFlags.Instance);
        var inner = spec is null ? null : ShapeWriter(spec.PropertyType);
        return inner is null ? null : new Writer(spec, inner.Value.Shape, inner.Value.Write);
    }

    private static (object Shape, MethodInfo Write)? ShapeWriter(Type type)
    {
        var field = type.GetField("Shape", BindingFlags.Public | BindingFlags.Static);
        if (field is null || !field.FieldType.IsGenericType || field.FieldType.GetGenericTypeDefinition() != typeof(Wire.ApiShape<>))
        {
            return null;
        }

        return (field.GetValue(null)!, field.FieldType.GetMethod(nameof(Wire.ApiShape<object>.Write))!);
    }

    private sealed class Writer
    {
        private readonly PropertyInfo? _spec;
        private readonly object _shape;
        private readonly MethodInfo _write;

        public Writer(PropertyInfo? spec, object shape, MethodInfo write)
        {
            _spec = spec;
            _shape = shape;
            _write = write;
        }

        public (JsonObject Json, Type SpecType)? Write(object value, bool underConstruction)
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
}
