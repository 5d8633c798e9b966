using System;
using System.Collections.Generic;
using System.Linq;
using EmrDsl.Json;

namespace EmrDsl.Wire;

/// <summary>
/// The wire form of one API structure, declared once per spec: the member order of the AWS service model,
/// each member's name and codec. Writing, reading (import, lint) and finding paths all come from it.
/// </summary>
internal sealed class ApiShape<TSpec> : ISpecShape
    where TSpec : class
{
    private readonly List<IWrittenShapeMember<TSpec>> _members = new();
    private readonly Func<TSpec> _create;

    public ApiShape(string apiName, Func<TSpec> create)
    {
        ApiName = apiName;
        _create = create;
    }

    /// <summary>The structure's name in the service model (for example <c>InstanceGroupConfig</c>).</summary>
    public string ApiName { get; }

    public IReadOnlyList<IShapeMember<TSpec>> Members => _members;

    IReadOnlyList<IApiMember> IApiShape.Members => _members;

    public ApiShape<TSpec> Member<TValue>(
        string name, IWireCodec<TValue> codec, Func<TSpec, TValue> get, Func<TSpec, TValue, TSpec> set, MemberLimits? limits = null)
    {
        _members.Add(new ShapeMember<TSpec, TValue>(name, codec, get, set, limits ?? MemberLimits.None));
        return this;
    }

    /// <summary>The spec's wire document, written afresh.</summary>
    public JsonObject Write(TSpec spec) => WriteMembers(spec, SpecWriter.Fresh);

    /// <summary>The spec's wire document as <paramref name="writer"/> gives it.</summary>
    internal JsonObject Write(TSpec spec, SpecWriter writer) => writer.WriteSpec(this, spec);

    JsonObject ISpecShape.Write(object spec, SpecWriter writer) => Write((TSpec)spec, writer);

    /// <summary>Writes each member, the specs nested in them with <paramref name="writer"/>.</summary>
    internal JsonObject WriteMembers(TSpec spec, SpecWriter writer)
    {
        var result = new JsonObject();
        foreach (var member in _members)
        {
            result.Add(member.Name, member.Write(spec, writer));
        }

        return result;
    }

    public TSpec Read(JsonValue json, WireReader reader, string path)
    {
        var spec = _create();
        if (json is not JsonObject obj)
        {
            var unwrap = json is JsonArray { Items.Count: 1 } list && list.Items[0] is JsonObject ? "; write the one object it holds without the brackets" : string.Empty;
            reader.Error(WirePath.Display(path), $"expected an object ({ApiName}) but found {JsonKinds.Describe(json)}{unwrap}");
            return spec;
        }

        foreach (var pair in obj.Members)
        {
            var member = _members.FirstOrDefault(m => m.Name == pair.Key);
            if (member is null)
            {
                reader.Error(WirePath.Member(path, pair.Key), UnknownMember(pair.Key));
                continue;
            }

            if (pair.Value is not JsonNull)
            {
                spec = member.Read(spec, pair.Value, reader, path);
            }
        }

        return spec;
    }

    /// <summary>
    /// A member written one level too high (Airflow 1.x put Ec2KeyName beside Instances) is named with the structure it
    /// belongs in; any other unknown member gets the list of this structure's members.
    /// </summary>
    private string UnknownMember(string name)
    {
        var homes = _members
            .Where(m => m.ItemShape is { } shape && shape.Members.Any(n => n.Name == name))
            .Select(m => $"{m.Name} ({m.ItemShape!.ApiName})")
            .ToList();
        return homes.Count > 0
            ? $"unknown member of {ApiName}; {name} is a member of {string.Join(" or ", homes)}: move it there"
            : $"unknown member of {ApiName}; expected one of: {string.Join(", ", _members.Select(m => m.Name))}";
    }
}
