using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using ClusterStats.Plotting;

namespace ClusterStats.Benchmarks;

/// <summary>
/// Render time of an 800x600 bar chart of 30 regions with Chinese labels (data/chart30.csv) written as a PNG file,
/// font choice included: each render builds the chart, which asks the font resolver for its labels.
/// </summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    private BarItem[] _items = [];
    private string _out = "";

    [GlobalSetup]
    public void Setup()
    {
        _items = Chart30.Load();
        _out = Path.Combine(Path.GetTempPath(), "clusterstats-bench-chart.png");
    }

    [Benchmark]
    public long BarChart30()
    {
        Chart30.Render(_items, _out);
        return new FileInfo(_out).Length;
    }
}

/// <summary>The 30-region chart shared by the BenchmarkDotNet suite and the side-by-side runner.</summary>
public static class Chart30
{
    public static string DataFile => Path.Combine(AppContext.BaseDirectory, "data", "chart30.csv");

    public static BarItem[] Load() =>
        [.. File.ReadLines(DataFile).Skip(1).Select(line => line.Split(','))
            .Select(f => new BarItem(f[0], double.Parse(f[1], CultureInfo.InvariantCulture)))];

    public static void Render(BarItem[] items, string path) =>
        Charts.Comparison(items, "2023年产值前30个乡镇", "亿元").Save(path);
}

/// <summary>
/// <c>charts-vs-mpl ROUNDS N [SCRIPT]</c>: alternates ScottPlot (in this process) and matplotlib (baselines/plot_mpl.py, one
/// process per round) on the same 30-region chart, N renders each per round; prints per-round medians (the first
/// render of a round excluded, as plot_mpl.py does) and the median ratio ScottPlot / matplotlib.
/// </summary>
public static class ChartsVersusMatplotlib
{
    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        int n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        string script = args.Length > 2 ? args[2] : BaselineScript("plot_mpl.py");
        var outDir = Directory.CreateTempSubdirectory("clusterstats-charts-vs-mpl-").FullName;
        var items = Chart30.Load();

        var coldTimer = Stopwatch.StartNew();
        Chart30.Render(items, Path.Combine(outDir, "cold.png"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ScottPlot first chart in this process (font scan included): {coldTimer.Elapsed.TotalMilliseconds:0} ms"));

        var ratios = new List<double>();
        for (int round = 1; round <= rounds; round++)
        {
            var times = new List<double>();
            for (int k = 0; k < n; k++)
            {
                var t = Stopwatch.StartNew();
                Chart30.Render(items, Path.Combine(outDir, $"sp_{k % 2}.png"));
                times.Add(t.Elapsed.TotalMilliseconds);
            }
            double scott = Median(times.Skip(1));
            double mpl = Matplotlib(script, n, outDir);
            ratios.Add(scott / mpl);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: ScottPlot median {scott:0.0} ms, matplotlib median {mpl:0.0} ms, ratio {scott / mpl:0.00}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median ratio ScottPlot/matplotlib over {rounds} rounds: {Median(ratios):0.00}"));
        Directory.Delete(outDir, recursive: true);
        return 0;
    }

    private static double Matplotlib(string script, int n, string outDir)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { script, n.ToString(CultureInfo.InvariantCulture), outDir, Chart30.DataFile }) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start /usr/bin/python3");
        var err = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var marker = "median_rest=";
        int at = err.IndexOf(marker, StringComparison.Ordinal);
        if (process.ExitCode != 0 || at < 0) throw new InvalidOperationException($"plot_mpl.py failed ({process.ExitCode}): {err}");
        var ms = err[(at + marker.Length)..].Split("ms")[0];
        return double.Parse(ms, CultureInfo.InvariantCulture);
    }

    /// <summary>A script of baselines/ in the repository this program was built from.</summary>
    private static string BaselineScript(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClusterStats.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException($"ClusterStats.sln not found above {AppContext.BaseDirectory}: pass the path of {name}");
        return Path.Combine(dir.FullName, "tests", "ClusterStats.Benchmarks", "baselines", name);
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
