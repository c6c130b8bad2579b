using System.Diagnostics;
using System.Text;

namespace ClusterStats.EndToEnd;

/// <summary>What test.sh hands to the end-to-end tests, and a helper to run processes.</summary>
internal static class E2E
{
    public static string Feed => Required("CLUSTERSTATS_FEED");
    public static string Version => Required("CLUSTERSTATS_VERSION");
    public static string Notebooks => Required("CLUSTERSTATS_NOTEBOOKS");
    public static string JupyterNotebooks => Required("CLUSTERSTATS_JUPYTER_NOTEBOOKS");
    public static string Scripts => Required("CLUSTERSTATS_SCRIPTS");
    public static string Artifacts => Required("CLUSTERSTATS_ARTIFACTS");

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClusterStats.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("ClusterStats.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: the end-to-end tests run through ./test.sh, which packs the packages first.");

    public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
    }

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        if (environment is not null)
        {
            foreach (var (k, v) in environment) psi.Environment[k] = v;
        }
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start " + fileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in time.");
        }
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A fresh folder outside the repository, so that nothing inherits its Directory.*.props.</summary>
    public static string FreshFolder(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "clusterstats-e2e", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }
}
