using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace EmrDsl.EndToEnd.Tests.LanguageServer;

/// <summary>
/// A JSON-RPC 2.0 connection to a language server over its standard input and output, framed as LSP frames it
/// (<c>Content-Length</c> header, blank line, UTF-8 body). Server requests get the answer <c>answerServerRequest</c>
/// gives; notifications are kept in order so a caller can wait for one that arrives after its own action.
/// </summary>
public sealed class LspConnection : IDisposable
{
    private const int LogLines = 60;

    private readonly Process process;
    private readonly Stream input;
    private readonly Func<string, JsonNode?, JsonNode?> answerServerRequest;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> pending = new();
    private readonly List<(string Method, JsonNode? Params)> notifications = new();
    private readonly Queue<string> log = new();
    private readonly object writing = new();
    private readonly Thread reader;
    private int nextId;
    private string? closedBecause;

    private LspConnection(Process process, Func<string, JsonNode?, JsonNode?> answerServerRequest)
    {
        this.process = process;
        this.answerServerRequest = answerServerRequest;
        input = process.StandardInput.BaseStream;
        process.ErrorDataReceived += (_, e) => Log("stderr: " + e.Data);
        process.BeginErrorReadLine();
        reader = new Thread(ReadMessages) { IsBackground = true, Name = "LSP reader" };
        reader.Start();
    }

    /// <summary>Starts the server; <paramref name="start"/> must not redirect anything itself.</summary>
    public static LspConnection Start(ProcessStartInfo start, Func<string, JsonNode?, JsonNode?> answerServerRequest)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        return new LspConnection(process, answerServerRequest);
    }

    /// <summary>How many notifications have arrived: pass it to <see cref="WaitForNotification"/> to see only later ones.</summary>
    public int NotificationCount
    {
        get
        {
            lock (notifications)
            {
                return notifications.Count;
            }
        }
    }

    /// <summary>The server's last log messages and standard error lines, for failure messages.</summary>
    public string RecentLog
    {
        get
        {
            lock (log)
            {
                return string.Join("\n", log);
            }
        }
    }

    public JsonNode? Request(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref nextId);
        var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = response;
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        if (!response.Task.Wait(timeout))
        {
            pending.TryRemove(id, out _);
            throw new TimeoutException($"The language server did not answer '{method}' within {timeout}.{Closed()}\nRecent server log:\n{RecentLog}");
        }

        return response.Task.Result;
    }

    public void Notify(string method, JsonNode? parameters) =>
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>
    /// The parameters of the first <paramref name="method"/> notification after the first <paramref name="after"/>
    /// notifications that <paramref name="match"/> accepts; on timeout, an exception saying what was expected, what arrived and the server's log.
    /// </summary>
    public JsonNode WaitForNotification(string method, int after, Func<JsonNode, bool> match, TimeSpan timeout, string expectation)
    {
        var deadline = Stopwatch.StartNew();
        var seen = after;
        lock (notifications)
        {
            while (true)
            {
                for (; seen < notifications.Count; seen++)
                {
                    var (name, parameters) = notifications[seen];
                    if (name == method && parameters is not null && match(parameters))
                    {
                        return parameters;
                    }
                }

                var left = timeout - deadline.Elapsed;
                if (left <= TimeSpan.Zero || closedBecause is not null)
                {
                    var arrived = notifications.Skip(after).Where(n => n.Method == method).Select(n => n.Params?.ToJsonString()).TakeLast(5);
                    throw new TimeoutException(
                        $"Waited {deadline.Elapsed.TotalSeconds:F1} s (limit {timeout.TotalSeconds:F0} s) for {expectation}.{Closed()}\n" +
                        $"The last '{method}' notifications since:\n{string.Join("\n", arrived)}\nRecent server log:\n{RecentLog}");
                }

                Monitor.Wait(notifications, left);
            }
        }
    }

    /// <summary>Ends the server if it has not exited by itself within <paramref name="grace"/>.</summary>
    public void WaitForExit(TimeSpan grace)
    {
        if (!process.WaitForExit(grace))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        // The reader sees the end of the stream once the server is gone; the process is disposed only after it stopped reading.
        reader.Join(TimeSpan.FromSeconds(10));
        process.Dispose();
    }

    private string Closed() => closedBecause is null ? string.Empty : $" The server's output ended ({closedBecause}).";

    private void Write(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (writing)
        {
            input.Write(header);
            input.Write(body);
            input.Flush();
        }
    }

    private void ReadMessages()
    {
        var output = process.StandardOutput.BaseStream;
        try
        {
            while (ReadFrame(output) is { } body)
            {
                Dispatch(JsonNode.Parse(body)!.AsObject());
            }

            Close("end of stream: the server exited");
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidDataException or System.Text.Json.JsonException)
        {
            Close(ex.Message);
        }
    }

    /// <summary>One frame's body, or null at the end of the stream. Headers other than Content-Length (Content-Type) are ignored, as LSP allows.</summary>
    private static byte[]? ReadFrame(Stream output)
    {
        var length = -1;
        while (true)
        {
            var line = ReadHeaderLine(output);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line.AsSpan("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (length < 0)
        {
            throw new InvalidDataException("A message from the language server has no Content-Length header.");
        }

        var body = new byte[length];
        output.ReadExactly(body);
        return body;
    }

    private static string? ReadHeaderLine(Stream output)
    {
        var line = new StringBuilder();
        while (true)
        {
            var b = output.ReadByte();
            if (b < 0)
            {
                return line.Length == 0 ? null : throw new InvalidDataException("The language server's output ended inside a header.");
            }

            if (b == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)b);
        }
    }

    private void Dispatch(JsonObject message)
    {
        var method = message["method"]?.GetValue<string>();
        var id = message["id"];
        if (method is null && id is not null)
        {
            if (pending.TryRemove(id.GetValue<int>(), out var response))
            {
                if (message["error"] is { } error)
                {
                    response.SetException(new InvalidOperationException("The language server answered with an error: " + error.ToJsonString()));
                }
                else
                {
                    response.SetResult(message["result"]);
                }
            }

            return;
        }

        if (method is null)
        {
            return;
        }

        if (id is not null)
        {
            Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = answerServerRequest(method, message["params"]) });
            return;
        }

        if (method is "window/logMessage" or "window/showMessage")
        {
            Log(message["params"]?["message"]?.GetValue<string>());
        }

        lock (notifications)
        {
            notifications.Add((method, message["params"]));
            Monitor.PulseAll(notifications);
        }
    }

    private void Close(string reason)
    {
        lock (notifications)
        {
            closedBecause = reason;
            Monitor.PulseAll(notifications);
        }

        foreach (var response in pending.Values)
        {
            response.TrySetException(new IOException("The language server's output ended: " + reason));
        }
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.Enqueue(line);
            while (log.Count > LogLines)
            {
                log.Dequeue();
            }
        }
    }
}
