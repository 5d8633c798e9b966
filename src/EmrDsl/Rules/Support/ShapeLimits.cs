using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using EmrDsl.Wire;

namespace EmrDsl.Rules.Support;

/// <summary>
/// Walks any spec through its <see cref="IApiShape"/> and reports every value outside the API's
/// <see cref="MemberLimits"/>: missing required members, string lengths, list sizes and numeric ranges.
/// </summary>
internal static class ShapeLimits
{
    public static IEnumerable<Located<string>> Violations(IApiShape shape, object spec, string path)
    {
        foreach (var member in shape.Members)
        {
            var memberPath = WirePath.Member(path, member.Name);
            var value = member.GetValue(spec);
            var problem = Check(member.Limits, value, shape.ApiName, member.Name);
            if (problem is not null)
            {
                yield return new(problem, memberPath);
            }

            if (member.ItemShape is not { } nested || value is null)
            {
                continue;
            }

            if (value is IEnumerable items and not string)
            {
                var index = 0;
                foreach (var item in items)
                {
                    foreach (var violation in Violations(nested, item!, WirePath.Index(memberPath, index)))
                    {
                        yield return violation;
                    }

                    index++;
                }
            }
            else
            {
                foreach (var violation in Violations(nested, value, memberPath))
                {
                    yield return violation;
                }
            }
        }
    }

    private static string? Check(MemberLimits limits, object? value, string shape, string member)
    {
        var where = shape + "." + member;
        switch (value)
        {
            case null:
                return limits.Required ? $"{where} is required; set it." : null;
            case string text:
                if (limits.MinLength is { } min && text.Length < min)
                {
                    return Format("{0} must be at least {1} characters long but is {2}.", where, min, text.Length);
                }

                return limits.MaxLength is { } max && text.Length > max
                    ? Format("{0} must be at most {1} characters long but is {2}; shorten it.", where, max, text.Length)
                    : null;
            case IEnumerable items:
                return limits.Required && !items.GetEnumerator().MoveNext() ? $"{where} is required and must not be empty." : null;
            case int or long or double:
                var number = System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (limits.Min is { } low && number < low)
                {
                    return Format("{0} must be at least {1} but is {2}.", where, low, value);
                }

                return limits.Max is { } high && number > high ? Format("{0} must be at most {1} but is {2}.", where, high, value) : null;
            default:
                return null;
        }
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
