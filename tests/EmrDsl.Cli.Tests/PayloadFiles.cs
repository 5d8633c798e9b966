using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EmrDsl.Cli.Tests;

/// <summary>Hand-written requests in Payloads/ (EMR Serverless, and RunJobFlow for DSL parts the corpus lacks): the AWS CLI documentation's examples (awscli-*) and realistic user requests (user-*).</summary>
internal static class PayloadFiles
{
    public static IEnumerable<object[]> All() =>
        Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Payloads"), "*.json")
            .Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).Select(name => new object[] { name! });

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Payloads", name);
}
