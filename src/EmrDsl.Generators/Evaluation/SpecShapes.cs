using System;
using EmrDsl.Emit;
using EmrDsl.Json;
using EmrDsl.Model;
using EmrDsl.Wire;
using EmrDsl.Generators.Caching;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// The wire JSON of any value that carries an API shape: a spec record (<see cref="IApiSpec"/>) or a DSL value that
/// holds one (<see cref="IHoldsApiSpec"/>, like <see cref="Cluster"/>). The source map diffs these before and after
/// each DSL call. A security configuration has no service-model shape (the API takes its document as a string): its
/// document is written by its emitter, and a cluster's authored one is kept under
/// <see cref="Rules.SecurityConfigurationPaths.ClusterDocument"/>, so findings in it map to the calls that wrote it.
/// </summary>
internal static class SpecShapes
{
    /// <summary>Each spec instance is written once: the result of one call in a chain is the receiver of the next.</summary>
    private static readonly RememberingSpecWriter Written = new(GeneratorCaches.SpecDocuments);

    /// <summary>The value's wire JSON and the spec type it was written from, or null if it carries no shape.</summary>
    /// <param name="underConstruction">
    /// The value is an object whose initializer is still assigning its members: it is written afresh each time and
    /// not remembered, since it is the one spec that still changes.
    /// </param>
    public static (JsonObject Json, Type SpecType)? TryWrite(object? value, bool underConstruction = false)
    {
        if (value is SecurityConfiguration securityConfiguration)
        {
            return (Document(securityConfiguration.Spec), typeof(SecurityConfigurationSpec));
        }

        var spec = value switch
        {
            IApiSpec direct => direct,
            IHoldsApiSpec holder => holder.Spec,
            _ => null,
        };
        if (spec is null)
        {
            return null;
        }

        var json = spec.Shape.Write(spec, Written);
        if (underConstruction)
        {
            Written.Forget(spec);
        }

        return value is Cluster { SecurityConfigurationDocument: { } document }
            ? (WithDocument(json, document), spec.GetType())
            : (json, spec.GetType());
    }

    private static JsonObject Document(SecurityConfigurationSpec spec) => GeneratorCaches.SpecDocuments.GetValue(spec, static s => SecurityConfigurationJson.ToJson((SecurityConfigurationSpec)s));

    /// <summary>A cluster's RunJobFlow request with the security configuration authored with it beside the request's members.</summary>
    private static JsonObject WithDocument(JsonObject request, SecurityConfigurationSpec document)
    {
        // A copy: the request's document is shared with every other result of the chain.
        var json = new JsonObject();
        foreach (var member in request.Members)
        {
            json.Add(member.Key, member.Value);
        }

        return json.Add(Rules.SecurityConfigurationPaths.ClusterDocument, Document(document));
    }
}
