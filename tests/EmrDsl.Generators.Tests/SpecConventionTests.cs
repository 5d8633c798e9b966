extern alias generator;

using System;
using System.Linq;
using System.Reflection;

using ApiShape = generator::EmrDsl.Wire.ApiShape<object>;
using IApiSpec = generator::EmrDsl.Wire.IApiSpec;
using IHoldsApiSpec = generator::EmrDsl.Wire.IHoldsApiSpec;

namespace EmrDsl.Generators.Tests;

/// <summary>
/// The source map and the importer find a value's wire shape through <see cref="IApiSpec"/> and <see cref="IHoldsApiSpec"/>,
/// never by a member's name: a spec or DSL type that forgets the interface would silently lose its source map, so
/// these fail instead, naming the type.
/// </summary>
public sealed class SpecConventionTests
{
    private static readonly Type[] DslTypes = typeof(generator::EmrDsl.Cluster).Assembly.GetTypes()
        .Where(type => type.Namespace is { } space && space.StartsWith("EmrDsl", StringComparison.Ordinal) && !space.StartsWith("EmrDsl.Generators", StringComparison.Ordinal))
        .ToArray();

    [Fact]
    public void Every_type_that_declares_an_api_shape_is_an_api_spec_of_that_shape()
    {
        var shaped = DslTypes
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Select(field => (type, field)))
            .Where(pair => pair.field.FieldType.IsGenericType && pair.field.FieldType.GetGenericTypeDefinition() == typeof(ApiShape).GetGenericTypeDefinition())
            .ToList();

        Assert.True(shaped.Count > 50, $"only {shaped.Count} shapes found: the scan is looking in the wrong place");
        var missing = shaped
            .Where(pair => pair.field.FieldType.GetGenericArguments()[0] != pair.type || !typeof(IApiSpec).IsAssignableFrom(pair.type))
            .Select(pair => $"{pair.type.FullName}.{pair.field.Name}")
            .ToList();
        Assert.True(missing.Count == 0, "declare the shape on its own spec record and implement IApiSpec (`ISpecShape IApiSpec.Shape => Shape;`): " + string.Join(", ", missing));
    }

    /// <summary>The DSL's convention is a <c>Spec</c> property (the request a value stands for); only this test reads the name.</summary>
    [Fact]
    public void Every_dsl_value_that_exposes_a_spec_holds_it_through_the_interface()
    {
        var exposing = DslTypes
            .Where(type => type.IsPublic && !typeof(IApiSpec).IsAssignableFrom(type))
            .Where(type => type.GetProperty("Spec", BindingFlags.Public | BindingFlags.Instance) is { } spec && typeof(IApiSpec).IsAssignableFrom(spec.PropertyType))
            .ToList();

        Assert.Contains(typeof(generator::EmrDsl.Cluster), exposing);
        var missing = exposing.Where(type => !typeof(IHoldsApiSpec).IsAssignableFrom(type)).Select(type => type.FullName).ToList();
        Assert.True(missing.Count == 0, "implement IHoldsApiSpec (`IApiSpec IHoldsApiSpec.Spec => Spec;`) on: " + string.Join(", ", missing));
    }

    [Fact]
    public void A_spec_record_hands_out_its_own_shape()
    {
        IApiSpec spec = new generator::EmrDsl.Model.ClusterSpec();

        Assert.Same(generator::EmrDsl.Model.ClusterSpec.Shape, spec.Shape);
    }
}
