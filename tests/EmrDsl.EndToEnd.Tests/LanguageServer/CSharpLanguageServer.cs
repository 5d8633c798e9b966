using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace EmrDsl.EndToEnd.Tests.LanguageServer;

/// <summary>
/// csharp-ls (the language server Neovim, Emacs, Helix and others run for C#) on one workspace folder, with Roslyn
/// analyzers enabled as its users turn them on (<c>csharp.analyzersEnabled</c>), so it reports what the EmrDsl
/// analyzers find as the user types.
/// </summary>
public sealed class CSharpLanguageServer : IDisposable
{
    /// <summary>The tool's name and version in .config/dotnet-tools.json, installed by <c>dotnet tool restore</c>.</summary>
    public const string Tool = "csharp-ls";

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(2);

    private readonly LspConnection connection;
    private readonly Dictionary<string, (int Version, int NotificationsBefore)> documents = new(StringComparer.Ordinal);

    private CSharpLanguageServer(LspConnection connection) => this.connection = connection;

    /// <summary>
    /// Starts the server with <paramref name="start"/> (<c>dotnet tool run csharp-ls</c> in the repository, whose
    /// manifest names the version) and initializes it on <paramref name="workspace"/>, the folder of the project it loads.
    /// </summary>
    public static CSharpLanguageServer Start(ProcessStartInfo start, string workspace)
    {
        var settings = new JsonObject { ["analyzersEnabled"] = true };
        var connection = LspConnection.Start(start, (method, parameters) => method switch
        {
            // One answer per item asked for; csharp-ls asks for its "csharp" section.
            "workspace/configuration" => new JsonArray((parameters?["items"]?.AsArray() ?? new JsonArray()).Select(_ => (JsonNode?)settings.DeepClone()).ToArray()),
            _ => null,
        });
        var server = new CSharpLanguageServer(connection);
        try
        {
            var root = Uri(workspace);
            connection.Request("initialize", new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["rootUri"] = root,
                ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = Path.GetFileName(workspace) }),
                ["initializationOptions"] = new JsonObject { ["csharp"] = settings.DeepClone() },
                ["capabilities"] = new JsonObject
                {
                    ["workspace"] = new JsonObject { ["configuration"] = true },
                    ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject(), ["synchronization"] = new JsonObject() },
                },
            }, RequestTimeout);
            connection.Notify("initialized", new JsonObject());
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public string RecentLog => connection.RecentLog;

    /// <summary>Opens <paramref name="path"/> with its text on disk, as an editor does when the user opens the file.</summary>
    public void Open(string path)
    {
        documents[path] = (1, connection.NotificationCount);
        connection.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(path), ["languageId"] = "csharp", ["version"] = 1, ["text"] = File.ReadAllText(path) },
        });
    }

    /// <summary>Replaces the open document's text (a full-text change, which every server accepts), as unsaved edits in an editor.</summary>
    public void Change(string path, string text)
    {
        var version = documents.TryGetValue(path, out var document)
            ? document.Version + 1
            : throw new InvalidOperationException($"{path} is not open.");
        documents[path] = (version, connection.NotificationCount);
        connection.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(path), ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });
    }

    /// <summary>
    /// The first diagnostics the server publishes for <paramref name="path"/> after its last open or change that
    /// <paramref name="match"/> accepts; <paramref name="expectation"/> says what was awaited when none comes in time.
    /// </summary>
    public IReadOnlyList<LspDiagnostic> WaitForDiagnostics(string path, Func<IReadOnlyList<LspDiagnostic>, bool> match, TimeSpan timeout, string expectation)
    {
        var since = documents.TryGetValue(path, out var document) ? document.NotificationsBefore : throw new InvalidOperationException($"{path} is not open.");
        var published = connection.WaitForNotification(
            "textDocument/publishDiagnostics",
            since,
            parameters => IsFor(parameters, path) && match(Diagnostics(parameters)),
            timeout,
            $"{expectation} in {Path.GetFileName(path)}");
        return Diagnostics(published);
    }

    /// <summary>Asks the server to shut down and exit, as an editor does on close; ends it if it does not.</summary>
    public void Dispose()
    {
        try
        {
            connection.Request("shutdown", null, TimeSpan.FromSeconds(20));
            connection.Notify("exit", null);
            connection.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is TimeoutException or IOException or InvalidOperationException or AggregateException)
        {
            // It is ended below either way: a server that will not shut down must not outlive the test.
        }

        connection.Dispose();
    }

    private static string Uri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private static bool IsFor(JsonNode parameters, string path) =>
        parameters["uri"]?.GetValue<string>() is { } uri && string.Equals(new Uri(uri).LocalPath, Path.GetFullPath(path), StringComparison.Ordinal);

    private static IReadOnlyList<LspDiagnostic> Diagnostics(JsonNode parameters) =>
        (parameters["diagnostics"]?.AsArray() ?? new JsonArray())
            .Select(d => new LspDiagnostic(
                d!["code"]?.ToString() ?? string.Empty,
                d["range"]!["start"]!["line"]!.GetValue<int>() + 1,
                d["range"]!["start"]!["character"]!.GetValue<int>() + 1,
                d["message"]?.GetValue<string>() ?? string.Empty))
            .ToList();
}
