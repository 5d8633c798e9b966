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
    public static IReadOnlyList<Located<string>> Violations(IApiShape shape, object spec, string path)
    {
        var walk = new Walk(path);
        walk.Collect(shape, spec);
        return walk.Violations;
    }

    /// <summary>
    /// One walk: a plain recursion into one list (not nested iterators), which keeps where it is as segments and joins
    /// them into a path only for a violation. It visits every structure of every definition in every build, and
    /// almost none of them has a violation.
    /// </summary>
    private sealed class Walk
    {
        private readonly string _root;
        private readonly List<(string Member, int Index)> _segments = new();

        public Walk(string root) => _root = root;

        public List<Located<string>> Violations { get; } = new();

        public void Collect(IApiShape shape, object spec)
        {
            foreach (var member in shape.Members)
            {
                var value = member.GetValue(spec);
                var problem = Check(member.Limits, value, shape.ApiName, member.Name);
                if (problem is not null)
                {
                    Violations.Add(new(problem, PathTo(member.Name)));
                }

                // The value first: asking for the item shape of an absent member would build that shape's tables (and
                // JIT their code) in every compiler process, for fleets a project of instance groups never uses.
                if (value is null || IsEmptyList(value) || member.ItemShape is not { } nested)
                {
                    continue;
                }

                if (value is IEnumerable items and not string)
                {
                    var index = 0;
                    foreach (var item in items)
                    {
                        Visit(nested, item!, member.Name, index++);
                    }
                }
                else
                {
                    Visit(nested, value, member.Name, -1);
                }
            }
        }

        private void Visit(IApiShape shape, object spec, string member, int index)
        {
            _segments.Add((member, index));
            Collect(shape, spec);
            _segments.RemoveAt(_segments.Count - 1);
        }

        private string PathTo(string member)
        {
            var path = _root;
            foreach (var (name, index) in _segments)
            {
                path = WirePath.Member(path, name);
                path = index < 0 ? path : WirePath.Index(path, index);
            }

            return WirePath.Member(path, member);
        }
    }

    private static string? Check(MemberLimits limits, object? value, string shape, string member)
    {
        switch (value)
        {
            case null:
                return limits.Required ? $"{shape}.{member} is required; set it." : null;
            case string text:
                if (limits.MinLength is { } min && text.Length < min)
                {
                    return Format("{0}.{1} must be at least {2} characters long but is {3}.", shape, member, min, text.Length);
                }

                return limits.MaxLength is { } max && text.Length > max
                    ? Format("{0}.{1} must be at most {2} characters long but is {3}; shorten it.", shape, member, max, text.Length)
                    : null;
            case IEnumerable:
                return limits.Required && IsEmptyList(value) ? $"{shape}.{member} is required and must not be empty." : null;
            case int or long or double:
                var number = System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (limits.Min is { } low && number < low)
                {
                    return Format("{0}.{1} must be at least {2} but is {3}.", shape, member, low, value);
                }

                return limits.Max is { } high && number > high ? Format("{0}.{1} must be at most {2} but is {3}.", shape, member, high, value) : null;
            default:
                return null;
        }
    }

    private static bool IsEmptyList(object value) => value is IEnumerable items and not string && !items.GetEnumerator().MoveNext();

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
