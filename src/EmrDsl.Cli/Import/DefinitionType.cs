using System;
using EmrDsl.Wire;

namespace EmrDsl.Cli.Import;

/// <summary>
/// What the importer needs to know about one kind of definition (<see cref="Cluster"/>, a Serverless application
/// or job run): the C# type it writes, the request's shape table, and how to read, change and wrap the spec.
/// </summary>
internal sealed record DefinitionType<TDef, TSpec>(
    string TypeName,
    ApiShape<TSpec> Shape,
    Func<TDef, TSpec> Spec,
    Func<TDef, Func<TSpec, TSpec>, TDef> With,
    Func<TSpec, TDef> FromSpec)
    where TSpec : class, new();

/// <summary>The factory call a definition starts with (<c>Cluster.Create("etl")</c>) and the request members it sets.</summary>
internal sealed record Head<TDef>(string Code, Func<TDef> Make, params string[] Members);
