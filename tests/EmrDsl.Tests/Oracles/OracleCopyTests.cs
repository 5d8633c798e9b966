using System;
using System.IO;
using System.Text;
using EmrDsl.Testing;
using EmrDsl.Testing.Oracles;
using Xunit;
using Xunit.Abstractions;

namespace EmrDsl.Tests.Oracles;

/// <summary>The tests read tests/oracles; these check that it is the upstream (../shared) after the one transform.</summary>
public sealed class OracleCopyTests(ITestOutputHelper output)
{
    [UpstreamFact]
    public void The_copies_in_tests_oracles_match_the_upstream()
    {
        if (Environment.GetEnvironmentVariable(OracleCopies.RefreshVariable) == "1")
        {
            foreach (var change in OracleCopies.Refresh(RepoPaths.Upstream, RepoPaths.Oracles))
            {
                output.WriteLine(change);
            }

            return;
        }

        var differences = OracleCopies.Differences(RepoPaths.Upstream, RepoPaths.Oracles);

        Assert.True(
            differences.Count == 0,
            $"{differences.Count} file(s) in tests/oracles are not the upstream {RepoPaths.Upstream}; run 'bash tests/oracles/refresh.sh' and review the diff:\n  "
            + string.Join("\n  ", differences));
    }

    [Fact]
    public void A_service_model_loses_its_documentation_strings_and_nothing_else()
    {
        const string model = """
            {"version":"2.0","documentation":"<p>The API.</p>",
             "operations":{"Run":{"name":"Run","input":{"shape":"RunInput"},"documentation":"<p>Runs.</p>"}},
             "shapes":{
               "RunInput":{"type":"structure","required":["Name"],"members":{
                 "Name":{"shape":"Name","documentation":"<p>The name.</p>"},
                 "documentation":{"shape":"Name"}},"documentation":"<p>Input.</p>"},
               "Name":{"type":"string","max":256,"min":1,"pattern":"[\\u0020-\\uD7FF\\r\\n\\t]*"}}}
            """;

        var stripped = ServiceModelDocumentation.Strip(model);

        Assert.Equal(
            """
            {
              "version": "2.0",
              "operations": {
                "Run": {
                  "name": "Run",
                  "input": {
                    "shape": "RunInput"
                  }
                }
              },
              "shapes": {
                "RunInput": {
                  "type": "structure",
                  "required": [
                    "Name"
                  ],
                  "members": {
                    "Name": {
                      "shape": "Name"
                    },
                    "documentation": {
                      "shape": "Name"
                    }
                  }
                },
                "Name": {
                  "type": "string",
                  "max": 256,
                  "min": 1,
                  "pattern": "[\\u0020-\\uD7FF\\r\\n\\t]*"
                }
              }
            }

            """.Replace("\r\n", "\n"),
            stripped);
        Assert.Equal(stripped, ServiceModelDocumentation.Strip(stripped));
    }

    [Fact]
    public void A_changed_missing_or_outdated_copy_is_a_difference_and_a_refresh_mends_it_once()
    {
        var root = Directory.CreateTempSubdirectory("emrdsl-oracles-");
        var upstream = Path.Combine(root.FullName, "shared");
        var copies = Path.Combine(root.FullName, "copies");
        Write(upstream, "corpus/runjobflow/a.json", "{\"Name\": \"a\"}");
        Write(upstream, "corpus/runjobflow/b.json", "{\"Name\": \"b\"}");
        Write(upstream, "aws/x.service-2.json", "{\"documentation\": \"prose\", \"shapes\": {}}");
        Write(upstream, "design/STYLE.md", "not an oracle");
        Write(copies, "corpus/runjobflow/a.json", "{\"Name\": \"changed\"}");
        Write(copies, "corpus/runjobflow/gone.json", "{}");
        Write(copies, "README.md", "the copies' own notes");

        Assert.Equal(
            new[]
            {
                "aws/x.service-2.json: missing from the copies",
                "corpus/runjobflow/a.json: differs from the upstream file after the transform",
                "corpus/runjobflow/b.json: missing from the copies",
                "corpus/runjobflow/gone.json: no longer in the upstream",
            },
            OracleCopies.Differences(upstream, copies));

        Assert.Equal(
            new[] { "added aws/x.service-2.json", "updated corpus/runjobflow/a.json", "added corpus/runjobflow/b.json", "removed corpus/runjobflow/gone.json" },
            OracleCopies.Refresh(upstream, copies));
        Assert.Empty(OracleCopies.Refresh(upstream, copies));
        Assert.Empty(OracleCopies.Differences(upstream, copies));
        Assert.Equal("{\n  \"shapes\": {}\n}\n", File.ReadAllText(Path.Combine(copies, "aws", "x.service-2.json")));
        Assert.True(File.Exists(Path.Combine(copies, "README.md")));
        Assert.False(Directory.Exists(Path.Combine(copies, "design")));
        root.Delete(recursive: true);
    }

    private static void Write(string root, string name, string content)
    {
        var path = Path.Combine(root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
