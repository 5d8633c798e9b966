using System;

namespace EmrDsl.Wire;

/// <summary>The exact string the AWS API uses for an enum member (for example <c>ON_DEMAND</c>).</summary>
[AttributeUsage(AttributeTargets.Field)]
internal sealed class ApiValueAttribute : Attribute
{
    public ApiValueAttribute(string value) => Value = value;

    public string Value { get; }
}
