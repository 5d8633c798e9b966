using System.Collections.Generic;
using System.Globalization;
using System.Text;
using EmrDsl.Wire;

namespace EmrDsl.Json;

/// <summary>A strict RFC 8259 reader (no comments, no trailing commas, no duplicate member names).</summary>
internal sealed class JsonParser
{
    private const int MaxDepth = 256;
    private readonly string _text;
    private readonly IDictionary<string, JsonSpan>? _spans;
    private int _position;

    private JsonParser(string text, IDictionary<string, JsonSpan>? spans)
    {
        _text = text;
        _spans = spans;
    }

    public static JsonValue Parse(string text) => Parse(text, spans: null);

    /// <summary>
    /// Parses <paramref name="text"/> and, when <paramref name="spans"/> is given, records where each value lies by its
    /// wire path (<c>Instances.InstanceGroups[1].Market</c>, the root as the empty path), so a tool can point at the
    /// member a finding names. Internal: only the CLI reads requests from files it can point into.
    /// </summary>
    internal static JsonValue Parse(string text, IDictionary<string, JsonSpan>? spans)
    {
        var parser = new JsonParser(text, spans);
        parser.SkipWhitespace();
        var start = parser._position;
        var value = parser.ReadValue(0, string.Empty);
        parser.Record(string.Empty, start);
        parser.SkipWhitespace();
        if (parser._position < text.Length)
        {
            throw parser.Error("Unexpected text after the JSON value");
        }

        return value;
    }

    private JsonValue ReadValue(int depth, string path)
    {
        if (depth > MaxDepth)
        {
            throw Error($"Nesting deeper than {MaxDepth} levels");
        }

        if (_position >= _text.Length)
        {
            throw Error("Unexpected end of input");
        }

        switch (_text[_position])
        {
            case '{': return ReadObject(depth, path);
            case '[': return ReadArray(depth, path);
            case '"': return new JsonString(ReadString());
            case 't': return ReadLiteral("true", JsonBool.True);
            case 'f': return ReadLiteral("false", JsonBool.False);
            case 'n': return ReadLiteral("null", JsonNull.Instance);
            default: return ReadNumber();
        }
    }

    private JsonObject ReadObject(int depth, string path)
    {
        var result = new JsonObject();
        var names = new HashSet<string>();
        _position++;
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return result;
        }

        while (true)
        {
            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != '"')
            {
                throw Error("Expected a member name in double quotes");
            }

            var namePosition = _position;
            var name = ReadString();
            if (!names.Add(name))
            {
                _position = namePosition;
                throw Error($"Duplicate member '{name}'");
            }

            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            // Paths are built only when spans are recorded: the runtime's own parsing allocates nothing more.
            var memberPath = _spans is null ? path : WirePath.Member(path, name);
            result.Add(name, ReadValue(depth + 1, memberPath));
            Record(memberPath, namePosition);
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return result;
            }

            Expect(',');
        }
    }

    private JsonArray ReadArray(int depth, string path)
    {
        var items = new List<JsonValue>();
        _position++;
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return new JsonArray(items);
        }

        while (true)
        {
            SkipWhitespace();
            var start = _position;
            var itemPath = _spans is null ? path : WirePath.Index(path, items.Count);
            items.Add(ReadValue(depth + 1, itemPath));
            Record(itemPath, start);
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return new JsonArray(items);
            }

            Expect(',');
        }
    }

    private string ReadString()
    {
        var builder = new StringBuilder();
        _position++;
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("Unterminated string");
            }

            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < ' ')
            {
                _position--;
                throw Error("Control character in string (escape it)");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                throw Error("Unterminated escape");
            }

            var escape = _text[_position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length
                        || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("Invalid \\u escape");
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    _position--;
                    throw Error($"Invalid escape '\\{escape}'");
            }
        }
    }

    private JsonNumber ReadNumber()
    {
        var start = _position;
        TryConsume('-');
        if (TryConsume('0'))
        {
            // A leading zero stands alone.
        }
        else if (!ReadDigits())
        {
            _position = start;
            throw Error("Unexpected character");
        }

        if (TryConsume('.') && !ReadDigits())
        {
            throw Error("Expected digits after the decimal point");
        }

        if (TryConsume('e') || TryConsume('E'))
        {
            if (!TryConsume('+'))
            {
                TryConsume('-');
            }

            if (!ReadDigits())
            {
                throw Error("Expected digits in the exponent");
            }
        }

        return new JsonNumber(_text.Substring(start, _position - start));
    }

    private bool ReadDigits()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    private JsonValue ReadLiteral(string literal, JsonValue value)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Error("Unexpected character");
        }

        _position += literal.Length;
        return value;
    }

    /// <summary>A member spans its name and value, an array item or the root its value: from <paramref name="start"/> to here.</summary>
    private void Record(string path, int start)
    {
        if (_spans is not null)
        {
            _spans[path] = new JsonSpan(start, _position);
        }
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }

    private bool TryConsume(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
        {
            throw Error(_position >= _text.Length ? $"Expected '{c}' but the input ended" : $"Expected '{c}'");
        }
    }

    private JsonParseException Error(string reason)
    {
        var (line, column) = TextPosition.Of(_text, _position);
        return new JsonParseException(reason, line, column);
    }
}
