using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Containers;
using EmrDsl.Serverless;
using Microsoft.CodeAnalysis;

namespace EmrDsl.Generators.Evaluation;

/// <summary>
/// A marker attribute and the DSL types a member carrying it may return. The generator and the analyzers run the
/// same pipeline for every kind; only this table says which attribute marks which definitions.
/// </summary>
internal sealed class DefinitionKind
{
    public static readonly DefinitionKind Cluster = new(typeof(EmrClusterAttribute), typeof(Cluster));

    public static readonly DefinitionKind Serverless = new(typeof(EmrServerlessAttribute), typeof(ServerlessApplication), typeof(ServerlessJobRun));

    public static readonly DefinitionKind Steps = new(typeof(EmrStepsAttribute), typeof(JobFlowSteps));

    public static readonly DefinitionKind Scaling = new(typeof(EmrScalingAttribute), typeof(InstanceGroupScaling), typeof(ManagedScalingLimits));

    public static readonly DefinitionKind SecurityConfiguration = new(typeof(EmrSecurityConfigurationAttribute), typeof(SecurityConfiguration));

    public static readonly DefinitionKind BlockPublicAccess = new(typeof(EmrBlockPublicAccessAttribute), typeof(BlockPublicAccess));

    public static readonly DefinitionKind Eks = new(typeof(EmrOnEksAttribute), typeof(EksJobRun), typeof(EksVirtualCluster), typeof(EksJobTemplate));

    public static IReadOnlyList<DefinitionKind> All { get; } = new[] { Cluster, Serverless, Steps, Scaling, SecurityConfiguration, BlockPublicAccess, Eks };

    private DefinitionKind(Type attribute, params Type[] results)
    {
        _attribute = attribute;
        AttributeName = attribute.Name.Substring(0, attribute.Name.Length - nameof(Attribute).Length);
        Results = results;
        ResultNames = string.Join(" or ", results.Select(t => t.FullName));
    }

    private readonly Type _attribute;

    /// <summary>The attribute as written in source: <c>EmrCluster</c>.</summary>
    public string AttributeName { get; }

    /// <summary>The DSL types a definition of this kind evaluates to.</summary>
    public IReadOnlyList<Type> Results { get; }

    /// <summary>For messages: <c>EmrDsl.Serverless.ServerlessApplication or EmrDsl.Serverless.ServerlessJobRun</c>.</summary>
    public string ResultNames { get; }

    public bool Returns(ITypeSymbol type) => ClrTypes.IsDsl(type) && ClrTypes.Map(type) is { } mapped && Results.Contains(mapped);

    /// <summary>The kind <paramref name="attribute"/> marks, or null when it is not one of the DSL's markers.</summary>
    public static DefinitionKind? MarkedBy(INamedTypeSymbol attribute) =>
        ClrTypes.IsDsl(attribute) && ClrTypes.Map(attribute) is { } type ? All.FirstOrDefault(kind => kind._attribute == type) : null;

    public bool IsResult(object? value) => value is not null && Results.Contains(value.GetType());
}
