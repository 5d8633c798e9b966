using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace EmrDsl.Testing.Oracles;

/// <summary>
/// Rewrites a Java regular expression into an equivalent .NET one. The two agree on most syntax; this handles where
/// they differ: Java matches code points, so <c>[\uD800\uDC00-\uDBFF\uDFFF]</c> is the range U+10000..U+10FFFF
/// (reversed, and so an error, in .NET, which matches UTF-16 units); Java's <c>\w \d \s</c> and POSIX classes
/// (<c>\p{Alpha}</c>) are ASCII-only; <c>\x{...}</c> and <c>\Q...\E</c>; and <c>.</c> stops at every line terminator.
/// Constructs with no .NET equivalent (class intersection, scripts) throw <see cref="NotSupportedException"/>.
/// </summary>
internal sealed class JavaRegexTranslator
{
    private const string AnyButLineTerminator = @"[^\n\r\u0085\u2028\u2029]";

    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["Lower"] = "a-z",
        ["Upper"] = "A-Z",
        ["ASCII"] = @"\u0000-\u007F",
        ["Alpha"] = "a-zA-Z",
        ["Digit"] = "0-9",
        ["Alnum"] = "a-zA-Z0-9",
        ["Punct"] = @"\u0021-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007E",
        ["Graph"] = @"\u0021-\u007E",
        ["Print"] = @"\u0020-\u007E",
        ["Blank"] = @"\u0020\u0009",
        ["Cntrl"] = @"\u0000-\u001F\u007F",
        ["XDigit"] = "0-9a-fA-F",
        ["Space"] = @"\u0009-\u000D\u0020",
    };

    private readonly string _pattern;
    private readonly StringBuilder _output = new();
    private int _position;

    private JavaRegexTranslator(string pattern) => _pattern = pattern;

    public static string Translate(string pattern) => new JavaRegexTranslator(pattern).Run();

    private char Current => _pattern[_position];

    private string Run()
    {
        while (_position < _pattern.Length)
        {
            switch (Current)
            {
                case '[':
                    _output.Append(ReadClass());
                    break;
                case '\\':
                    _output.Append(ReadEscapeOutsideClass());
                    break;
                case '.':
                    _output.Append(AnyButLineTerminator);
                    _position++;
                    break;
                default:
                    // Literals and metacharacters mean the same in both; a literal beyond U+FFFF is grouped so a quantifier binds to all of it.
                    var codePoint = ReadLiteral();
                    _output.Append(codePoint <= 0xFFFF ? ((char)codePoint).ToString() : CodePoint(codePoint));
                    break;
            }
        }

        return _output.ToString();
    }

    private string ReadEscapeOutsideClass()
    {
        var letter = Peek(1);
        if (TryReadShorthand(out var body, out var negated))
        {
            return "[" + (negated ? "^" : string.Empty) + body + "]";
        }

        switch (letter)
        {
            case 'Q':
                var end = _pattern.IndexOf(@"\E", _position + 2, StringComparison.Ordinal);
                var quoted = end < 0 ? _pattern.Substring(_position + 2) : _pattern.Substring(_position + 2, end - _position - 2);
                _position = end < 0 ? _pattern.Length : end + 2;
                return "(?:" + Regex.Escape(quoted) + ")";
            case 'b' or 'B' or 'A' or 'G' or 'Z' or 'z' or 'k' or (>= '1' and <= '9'):
                // Anchors and back-references: same syntax and meaning.
                _position += 2;
                return "\\" + letter;
            default:
                return CodePoint(ReadEscapedCodePoint());
        }
    }

    private string ReadClass()
    {
        var start = _position;
        _position++;
        var negated = Peek(0) == '^';
        if (negated)
        {
            _position++;
        }

        var ranges = new List<(int Low, int High)>();
        var sets = new StringBuilder();
        for (var first = true; ; first = false)
        {
            if (_position >= _pattern.Length)
            {
                throw new ArgumentException($"Unterminated character class at {start} in /{_pattern}/.");
            }

            if (Current == ']' && !first)
            {
                _position++;
                break;
            }

            if (Current == '[' || (Current == '&' && Peek(1) == '&'))
            {
                throw new NotSupportedException($"Java class union or intersection at {_position} in /{_pattern}/ has no .NET translation.");
            }

            if (Current == '\\' && TryReadShorthand(out var body, out var bodyNegated))
            {
                if (bodyNegated)
                {
                    throw new NotSupportedException($"A negated shorthand inside a class at {_position} in /{_pattern}/ has no .NET translation.");
                }

                sets.Append(body);
                continue;
            }

            var low = ReadClassCodePoint();
            var high = low;
            if (Peek(0) == '-' && Peek(1) is not (']' or '\0'))
            {
                _position++;
                high = ReadClassCodePoint();
                if (high < low)
                {
                    throw new ArgumentException($"Reversed range in /{_pattern}/.");
                }
            }

            ranges.Add((low, high));
        }

        return RenderClass(negated, ranges, sets.ToString());
    }

    /// <summary>.NET classes hold UTF-16 units, so code points beyond U+FFFF become alternatives of surrogate pairs.</summary>
    private string RenderClass(bool negated, List<(int Low, int High)> ranges, string sets)
    {
        var basic = ranges.Where(r => r.Low <= 0xFFFF).Select(r => (r.Low, High: Math.Min(r.High, 0xFFFF))).ToList();
        var supplementary = ranges.Where(r => r.High > 0xFFFF).Select(r => (Low: Math.Max(r.Low, 0x10000), r.High)).ToList();
        if (negated && supplementary.Count > 0)
        {
            throw new NotSupportedException($"A negated class with code points beyond U+FFFF in /{_pattern}/ has no .NET translation.");
        }

        var alternatives = new List<string>();
        if (basic.Count > 0 || sets.Length > 0)
        {
            alternatives.Add("[" + (negated ? "^" : string.Empty) + string.Concat(basic.Select(r => Unit(r.Low) + (r.High > r.Low ? "-" + Unit(r.High) : string.Empty))) + sets + "]");
        }

        alternatives.AddRange(supplementary.Select(r => SurrogateRange(r.Low, r.High)));
        return alternatives.Count == 1 && supplementary.Count == 0 ? alternatives[0] : "(?:" + string.Join("|", alternatives) + ")";
    }

    private static string SurrogateRange(int low, int high)
    {
        var (lowHigh, lowLow) = Surrogates(low);
        var (highHigh, highLow) = Surrogates(high);
        if (lowHigh == highHigh)
        {
            return Unit(lowHigh) + "[" + Unit(lowLow) + "-" + Unit(highLow) + "]";
        }

        var parts = new List<string> { Unit(lowHigh) + "[" + Unit(lowLow) + @"-\uDFFF]" };
        if (highHigh - lowHigh > 1)
        {
            parts.Add("[" + Unit(lowHigh + 1) + "-" + Unit(highHigh - 1) + @"][\uDC00-\uDFFF]");
        }

        parts.Add(Unit(highHigh) + @"[\uDC00-" + Unit(highLow) + "]");
        return string.Join("|", parts);
    }

    /// <summary>Reads <c>\w \W \d \D \s \S \p{..} \P{..}</c> as a .NET class body; false (nothing read) for other escapes.</summary>
    private bool TryReadShorthand(out string body, out bool negated)
    {
        var letter = Peek(1);
        negated = char.IsUpper(letter);
        switch (char.ToLowerInvariant(letter))
        {
            case 'w':
                body = "a-zA-Z0-9_";
                break;
            case 'd':
                body = "0-9";
                break;
            case 's':
                body = @"\u0009-\u000D\u0020";
                break;
            case 'p':
                _position += 2;
                body = ReadProperty(ref negated);
                return true;
            default:
                body = string.Empty;
                negated = false;
                return false;
        }

        _position += 2;
        return true;
    }

    private string ReadProperty(ref bool negated)
    {
        string name;
        if (Peek(0) == '{')
        {
            var end = _pattern.IndexOf('}', _position);
            if (end < 0)
            {
                throw new ArgumentException($"Unterminated \\p{{ at {_position} in /{_pattern}/.");
            }

            name = _pattern.Substring(_position + 1, end - _position - 1);
            _position = end + 1;
        }
        else
        {
            name = Peek(0).ToString();
            _position++;
        }

        if (PosixClasses.TryGetValue(name.StartsWith("Is", StringComparison.Ordinal) && PosixClasses.ContainsKey(name.Substring(2)) ? name.Substring(2) : name, out var posix))
        {
            return posix;
        }

        var dotNetName = name switch
        {
            "javaLowerCase" => "Ll",
            "javaUpperCase" => "Lu",
            _ when Regex.IsMatch(name, "^(Is|gc=|general_category=)?[A-Z][a-z]?$") => Regex.Replace(name, "^(Is|gc=|general_category=)", string.Empty),
            _ when name.StartsWith("In", StringComparison.Ordinal) => "Is" + name.Substring(2),
            _ when name.StartsWith("blk=", StringComparison.Ordinal) => "Is" + name.Substring(4),
            _ => throw new NotSupportedException($"\\p{{{name}}} in /{_pattern}/ has no .NET translation."),
        };

        var property = (negated ? @"\P{" : @"\p{") + dotNetName + "}";
        negated = false;
        return property;
    }

    private int ReadClassCodePoint() => Current == '\\' ? ReadEscapedCodePoint() : ReadLiteral();

    private int ReadLiteral()
    {
        if (char.IsHighSurrogate(Current) && char.IsLowSurrogate(Peek(1)))
        {
            _position += 2;
            return char.ConvertToUtf32(_pattern[_position - 2], _pattern[_position - 1]);
        }

        return _pattern[_position++];
    }

    private int ReadEscapedCodePoint()
    {
        var letter = Peek(1);
        _position += 2;
        switch (letter)
        {
            case 'u':
                var unit = Hex(4);
                // Java joins an escaped surrogate pair into one code point.
                if (char.IsHighSurrogate((char)unit) && Peek(0) == '\\' && Peek(1) == 'u'
                    && int.TryParse(_pattern.Substring(_position + 2, Math.Min(4, _pattern.Length - _position - 2)), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var next)
                    && char.IsLowSurrogate((char)next))
                {
                    _position += 6;
                    return char.ConvertToUtf32((char)unit, (char)next);
                }

                return unit;
            case 'x' when Peek(0) == '{':
                var close = _pattern.IndexOf('}', _position);
                var value = int.Parse(_pattern.Substring(_position + 1, close - _position - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                _position = close + 1;
                return value;
            case 'x':
                return Hex(2);
            case '0':
                var octal = 0;
                for (var digits = 0; digits < 3 && Peek(0) is >= '0' and <= '7'; digits++)
                {
                    octal = (octal * 8) + (_pattern[_position++] - '0');
                }

                return octal;
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 'f':
                return '\f';
            case 'a':
                return '\a';
            case 'e':
                return 0x1B;
            case 'c':
                return _pattern[_position++] ^ 64;
            case var other when !char.IsLetterOrDigit(other) && other != '\0':
                _position--;
                return ReadLiteral();
            default:
                throw new NotSupportedException($"The escape \\{letter} in /{_pattern}/ has no .NET translation.");
        }
    }

    private int Hex(int digits)
    {
        if (_position + digits > _pattern.Length
            || !int.TryParse(_pattern.Substring(_position, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            throw new ArgumentException($"Expected {digits} hex digits at {_position} in /{_pattern}/.");
        }

        _position += digits;
        return value;
    }

    private char Peek(int offset) => _position + offset < _pattern.Length ? _pattern[_position + offset] : '\0';

    private static (int High, int Low) Surrogates(int codePoint)
    {
        var text = char.ConvertFromUtf32(codePoint);
        return (text[0], text[1]);
    }

    private static string Unit(int value) => @"\u" + value.ToString("X4", CultureInfo.InvariantCulture);

    private static string CodePoint(int codePoint) =>
        codePoint <= 0xFFFF ? Unit(codePoint) : "(?:" + string.Concat(char.ConvertFromUtf32(codePoint).Select(c => Unit(c))) + ")";
}
