using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ClusterStats.EndToEnd;

/// <summary>
/// Debian's Chromium started headless with a fresh profile and driven over the DevTools protocol: open a page, wait
/// for its load event, evaluate an expression, take a full-page screenshot.
/// </summary>
internal sealed class HeadlessChromium : IDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    public static string Executable =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("Chromium is not installed: test.sh installs Debian's 'chromium' package.");

    public static HeadlessChromium Start()
    {
        var profile = E2E.FreshFolder("chromium-profile");
        var psi = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1280,900", "about:blank" })
        {
            psi.ArgumentList.Add(arg);
        }
        var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start Chromium.");
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var browser = new HeadlessChromium(process, profile);
        try
        {
            browser.Connect();
        }
        catch
        {
            browser.Dispose();
            throw;
        }
        return browser;
    }

    private void Connect()
    {
        var portFile = Path.Combine(_profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 2)
        {
            if (DateTime.UtcNow > deadline || _process.HasExited) throw new InvalidOperationException("Chromium did not open its DevTools port.");
            Thread.Sleep(100);
        }
        var port = File.ReadAllLines(portFile)[0].Trim();
        using var http = new HttpClient();
        var targets = JsonNode.Parse(http.GetStringAsync($"http://127.0.0.1:{port}/json/list").Result)!.AsArray();
        var page = targets.First(t => (string?)t!["type"] == "page")!;
        _socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), CancellationToken.None).Wait();
        Send("Page.enable");
    }

    /// <summary>Navigates and waits for the load event (images included).</summary>
    public void Open(string url)
    {
        var id = SendNoWait("Page.navigate", new JsonObject { ["url"] = url });
        WaitFor(m => (string?)m["method"] == "Page.loadEventFired" , TimeSpan.FromSeconds(60));
        _ = id;
    }

    /// <summary>Evaluates a JavaScript expression and returns its JSON value.</summary>
    public JsonNode? Evaluate(string expression)
    {
        var result = Send("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        return result["result"]?["value"];
    }

    /// <summary>
    /// Lays the page out as it prints: print media at the width of a page's printable area in CSS pixels (A4 with the
    /// report's 12 mm side margins: 186 mm = 703 px).
    /// </summary>
    public void EmulatePrint(int width)
    {
        Send("Emulation.setEmulatedMedia", new JsonObject { ["media"] = "print" });
        Send("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = width, ["height"] = 1000, ["deviceScaleFactor"] = 1, ["mobile"] = false,
        });
    }

    /// <summary>Saves a PNG of the whole page.</summary>
    public void Screenshot(string path, int width = 1280)
    {
        var metrics = Send("Page.getLayoutMetrics");
        var height = (int)Math.Ceiling((double)(metrics["cssContentSize"] ?? metrics["contentSize"])!["height"]!);
        Send("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = width, ["height"] = Math.Min(height, 16000), ["deviceScaleFactor"] = 1, ["mobile"] = false,
        });
        var shot = Send("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        File.WriteAllBytes(path, Convert.FromBase64String((string)shot["data"]!));
    }

    private JsonNode Send(string method, JsonObject? parameters = null)
    {
        var id = SendNoWait(method, parameters);
        var reply = WaitFor(m => (int?)m["id"] == id, TimeSpan.FromSeconds(60));
        if (reply["error"] is { } error) throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
        return reply["result"]!;
    }

    private int SendNoWait(string method, JsonObject? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None).Wait();
        return id;
    }

    private JsonNode WaitFor(Func<JsonNode, bool> match, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var buffer = new byte[1 << 20];
        while (true)
        {
            using var ms = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = _socket.ReceiveAsync(buffer, cts.Token).Result;
                ms.Write(buffer, 0, received.Count);
            } while (!received.EndOfMessage);
            var node = JsonNode.Parse(ms.ToArray());
            if (node is not null && match(node)) return node;
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        _process.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
