using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EmrDsl.Robustness.Tests.Properties;

/// <summary>
/// String values read with System.Text.Json. It refuses to hand out a string holding an unpaired surrogate
/// (<c>\ud800</c>), which JSON allows and EmrDsl writes; those are decoded from the raw token instead.
/// </summary>
internal static class JsonStrings
{
    public static string Read(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            var decoded = Decode(element.GetRawText());
            Assert.True(HasUnpairedSurrogate(decoded), "System.Text.Json refused a string without unpaired surrogates: " + element.GetRawText());
            return decoded;
        }
    }

    /// <summary>The members of an object in order, names decoded from their raw tokens (names may hold unpaired surrogates too).</summary>
    public static IReadOnlyList<(string Name, JsonElement Value)> Members(JsonElement element)
    {
        var values = new List<JsonElement>();
        foreach (var member in element.EnumerateObject())
        {
            values.Add(member.Value);
        }

        var names = new List<string>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(element.GetRawText()));
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                names.Add(Decode("\"" + Encoding.UTF8.GetString(reader.ValueSpan) + "\""));
            }
        }

        Assert.Equal(values.Count, names.Count);
        var members = new List<(string, JsonElement)>();
        for (var i = 0; i < names.Count; i++)
        {
            members.Add((names[i], values[i]));
        }

        return members;
    }

    /// <summary>Decodes one JSON string token, quotes included.</summary>
    public static string Decode(string token)
    {
        Assert.True(token.Length >= 2 && token[0] == '"' && token[^1] == '"', "not a JSON string token: " + token);
        var text = new StringBuilder();
        for (var i = 1; i < token.Length - 1; i++)
        {
            if (token[i] != '\\')
            {
                text.Append(token[i]);
                continue;
            }

            var escape = token[++i];
            text.Append(escape switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => (char)int.Parse(token.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                _ => escape,
            });
            i += escape == 'u' ? 4 : 0;
        }

        return text.ToString();
    }

    public static bool HasUnpairedSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}
