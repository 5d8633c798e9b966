using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Serverless;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// A marker attribute and the DSL types a member carrying it may return. The generator and the analyzers run the
/// same pipeline for every kind; only this table says which attribute marks which definitions.
/// </summary>
internal sealed class DefinitionKind
{
    public static readonly DefinitionKind Cluster = new("EmrCluster", typeof(Cluster));

    public static readonly DefinitionKind Serverless = new("EmrServerless", typeof(ServerlessApplication), typeof(ServerlessJobRun));

    public static IReadOnlyList<DefinitionKind> All { get; } = new[] { Cluster, Serverless };

    private DefinitionKind(string attributeName, params Type[] results)
    {
        AttributeName = attributeName;
        AttributeMetadataName = "EmrDsl." + attributeName + "Attribute";
        Results = results;
        ResultNames = string.Join(" or ", results.Select(t => t.FullName));
    }

    /// <summary>The attribute as written in source: <c>EmrCluster</c>.</summary>
    public string AttributeName { get; }

    public string AttributeMetadataName { get; }

    /// <summary>The DSL types a definition of this kind evaluates to.</summary>
    public IReadOnlyList<Type> Results { get; }

    /// <summary>For messages: <c>EmrDsl.Serverless.ServerlessApplication or EmrDsl.Serverless.ServerlessJobRun</c>.</summary>
    public string ResultNames { get; }

    public bool Returns(ITypeSymbol type) => ClrTypes.IsDsl(type) && ClrTypes.Map(type) is { } mapped && Results.Contains(mapped);

    public bool IsResult(object? value) => value is not null && Results.Contains(value.GetType());
}
