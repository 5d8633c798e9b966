using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using EmrDsl.Model;
using EmrDsl.Testing.Oracles;
using EmrDsl.Wire;
using Xunit;

namespace EmrDsl.Tests.Oracles;

/// <summary>
/// Our wire model was drafted from the EMR service model and must equal it: for every shape reachable from
/// <see cref="ClusterSpec.Shape"/>, the member names and order, each member's limits and the enums' API values.
/// </summary>
public sealed class WireModelCrossCheckTests
{
    private static readonly ServiceModel Model = ServiceModel.Emr;

    [Fact]
    public void Every_shape_below_RunJobFlowInput_matches_the_service_model()
    {
        var mismatches = new List<string>();
        var checkedShapes = new HashSet<string>(StringComparer.Ordinal);

        Check(ClusterSpec.Shape, checkedShapes, mismatches);

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatch(es) with {Model.File}:\n" + string.Join("\n", mismatches));
        Assert.Contains("StepConfig", checkedShapes);
        Assert.Contains("InstanceTypeConfig", checkedShapes);
    }

    [Fact]
    public void The_scaling_requests_match_the_service_model()
    {
        var mismatches = new List<string>();
        var checkedShapes = new HashSet<string>(StringComparer.Ordinal);

        Check(PutAutoScalingPolicySpec.Shape, checkedShapes, mismatches);
        Check(PutManagedScalingPolicySpec.Shape, checkedShapes, mismatches);

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatch(es) with {Model.File}:\n" + string.Join("\n", mismatches));
        Assert.Contains("CloudWatchAlarmDefinition", checkedShapes);
        Assert.Contains("ComputeLimits", checkedShapes);
    }

    [Fact]
    public void A_wrong_limit_is_caught()
    {
        var wrong = new ApiShape<StepSpec>("StepConfig", () => new StepSpec())
            .Member("Name", Codec.String, s => s.Name, (s, v) => s with { Name = v }, MemberLimits.Of(required: true, maxLength: 255))
            .Member("ActionOnFailure", Codec.Enum<Market>(), s => null, (s, v) => s)
            .Member("HadoopJarStep", Codec.Object(() => HadoopJarStepSpec.Shape), s => s.HadoopJarStep, (s, v) => s with { HadoopJarStep = v }, MemberLimits.Of(required: true));
        var mismatches = new List<string>();

        Check(wrong, new HashSet<string>(StringComparer.Ordinal), mismatches);

        Assert.Collection(
            mismatches,
            m => Assert.StartsWith("StepConfig: members are Name, ActionOnFailure, HadoopJarStep", m),
            m => Assert.StartsWith("StepConfig.Name: limits", m),
            m => Assert.StartsWith("StepConfig.ActionOnFailure: enum Market has ON_DEMAND, SPOT", m));
    }

    private static void Check(IApiShape shape, HashSet<string> checkedShapes, List<string> mismatches)
    {
        if (!checkedShapes.Add(shape.ApiName))
        {
            return;
        }

        var service = Model.Shape(shape.ApiName);
        if (service.Type != "structure")
        {
            mismatches.Add($"{shape.ApiName}: the model's shape is a {service.Type}, not a structure");
            return;
        }

        var ours = shape.Members.Select(m => m.Name).ToList();
        var theirs = service.Members.Select(m => m.Name).ToList();
        if (!ours.SequenceEqual(theirs))
        {
            mismatches.Add($"{shape.ApiName}: members are {string.Join(", ", ours)} but the model has {string.Join(", ", theirs)}");
        }

        foreach (var member in shape.Members)
        {
            var serviceMember = service.Members.FirstOrDefault(m => m.Name == member.Name);
            if (serviceMember is not null)
            {
                CheckMember(shape.ApiName + "." + member.Name, member, service.Required.Contains(member.Name), Model.Shape(serviceMember.Target), checkedShapes, mismatches);
            }
        }
    }

    private static void CheckMember(string where, IApiMember member, bool required, ServiceShape target, HashSet<string> checkedShapes, List<string> mismatches)
    {
        var expected = ExpectedLimits(required, target);
        if (member.Limits != expected)
        {
            mismatches.Add($"{where}: limits {member.Limits} but the model says {expected}");
        }

        var element = target.Type == "list" ? Model.Shape(target.ListMember!) : target;
        CheckEnum(where, member.EnumType, element, mismatches);

        if (member.ItemShape is { } nested)
        {
            if (element.Name != nested.ApiName)
            {
                mismatches.Add($"{where}: holds {nested.ApiName} but the model has {element.Name}");
            }

            Check(nested, checkedShapes, mismatches);
        }
        else if (element.Type == "structure" && element.Members.Count != 2)
        {
            // Only two-member structures (Key/Value pairs) may be written by a codec without a shape of their own.
            mismatches.Add($"{where}: the model has the structure {element.Name} but the member has no shape for it");
        }
    }

    private static void CheckEnum(string where, Type? enumType, ServiceShape element, List<string> mismatches)
    {
        var ours = enumType is null ? null : ApiValues(enumType);
        if (ours is null && element.Enum is null)
        {
            return;
        }

        if (ours is null || element.Enum is null || !ours.SequenceEqual(element.Enum))
        {
            mismatches.Add(
                $"{where}: " + (ours is null ? "no enum" : $"enum {enumType!.Name} has {string.Join(", ", ours)}")
                + " but the model has " + (element.Enum is null ? $"{element.Name}, no enum" : $"{element.Name}: {string.Join(", ", element.Enum)}"));
        }
    }

    /// <summary>Length bounds apply to strings, value bounds to numbers; a minimum length of 0 bounds nothing.</summary>
    private static MemberLimits ExpectedLimits(bool required, ServiceShape target) => target.Type switch
    {
        "string" => MemberLimits.Of(
            required,
            minLength: target.Min is > 0 ? (int)target.Min.Value : -1,
            maxLength: target.Max is { } max ? (int)max : -1),
        "integer" or "long" or "double" or "float" => MemberLimits.Of(
            required,
            min: target.Min ?? double.NaN,
            max: target.Max ?? double.NaN),
        _ => MemberLimits.Of(required),
    };

    private static IReadOnlyList<string> ApiValues(Type enumType) =>
        enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<ApiValueAttribute>()?.Value ?? f.Name)
            .ToList();
}
