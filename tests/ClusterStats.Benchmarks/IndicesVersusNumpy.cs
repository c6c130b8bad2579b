using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ClusterStats.Indices;

namespace ClusterStats.Benchmarks;

/// <summary>
/// <c>indices-vs-numpy [ROUNDS] [RUNS] [PANEL_ROUNDS]</c>: ClusterStats (in this process, warmed) against numpy
/// (indices_numpy.py under /usr/bin/python3, one process per round) on the same seeded data, written once to a
/// temporary folder both read. The rounds alternate between the two; each side reports the median of its runs in a
/// round, and the ratio printed is the median of the rounds' ratios. The results are compared with numpy's before any
/// figure is trusted: LQ, HHI and Krugman to a relative 1e-12 (absolute 1e-15 at zero), the shift-share components to
/// 1e-12 of the region's base-year total, ECI to 1e-8. Printed: the 20-year panel (3,000 x 500 per year: LQ per year,
/// Dunn shift-share first to last year, ECI per year) first, the eigenvector ECI on 3,000 x 1,000 (ClusterStats
/// alone), and last the line <c>LQ+HHI+Krugman 3000x500: ClusterStats/numpy = R</c>.
/// </summary>
public static class IndicesVersusNumpy
{
    private const int Regions = 3000, Industries = 500, Years = 20;
    private const string Python = "/usr/bin/python3";

    public static int Run(string[] args)
    {
        int rounds = Arg(args, 0, 5), runs = Arg(args, 1, 20), panelRounds = Arg(args, 2, 3);
        if (rounds < 1 || runs < 1 || panelRounds < 1)
        {
            Console.Error.WriteLine("usage: indices-vs-numpy [ROUNDS >= 1] [RUNS >= 1] [PANEL_ROUNDS >= 1]");
            return 2;
        }
        if (!File.Exists(Python))
        {
            Console.Error.WriteLine($"indices-vs-numpy needs {Python} with numpy (apt-get install python3-numpy).");
            return 1;
        }
        var script = Path.Combine(AppContext.BaseDirectory, "indices_numpy.py");
        var dir = Directory.CreateTempSubdirectory("clusterstats-indices-vs-numpy-").FullName;
        try
        {
            Console.WriteLine($"load average at start: {LoadAverage()}; {Environment.ProcessorCount} cores; {rounds} rounds x {runs} runs, panel {panelRounds} rounds");
            var regions = Enumerable.Range(0, Regions).Select(r => $"r{r}").ToArray();
            var industries = Enumerable.Range(0, Industries).Select(i => $"i{i}").ToArray();
            var matrix = Values(1, 1, Regions, Industries);
            var panel = Values(2, Years, Regions, Industries);
            var matrixFile = Write(dir, "matrix.f64", matrix);
            var panelFile = Write(dir, "panel.f64", panel);

            bool agree = ComparePanel(PanelRatio(panel, regions, industries, script, panelFile, dir, panelRounds), dir);
            EciLarge();
            var (ratio, csResult) = MatrixRatio(matrix, regions, industries, script, matrixFile, dir, rounds, runs);
            agree &= CompareMatrix(csResult, dir);
            Console.WriteLine($"load average at end: {LoadAverage()}");
            if (!agree) Console.WriteLine("RESULTS DIFFER from numpy: the ratios above do not compare like with like.");
            Console.WriteLine(Invariant($"LQ+HHI+Krugman 3000x500: ClusterStats/numpy = {ratio:0.00}"));
            return agree ? 0 : 1;
        }
        catch (NumpyFailedException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Seeded values, years x regions x industries, uniform 1 .. 1001 with a latent nested structure (regions'
    /// capability against industries' requirement) so that the complexity eigenvalues stand apart as in real data.</summary>
    private static double[] Values(int seed, int years, int regions, int industries)
    {
        var rng = new Random(seed);
        var capability = Enumerable.Range(0, regions).Select(_ => rng.NextDouble()).ToArray();
        var requirement = Enumerable.Range(0, industries).Select(_ => rng.NextDouble()).ToArray();
        var values = new double[(long)years * regions * industries];
        for (int y = 0; y < years; y++)
        {
            for (int r = 0; r < regions; r++)
            {
                for (int i = 0; i < industries; i++)
                {
                    var v = 1 + rng.NextDouble() * 1000;
                    values[((long)y * regions + r) * industries + i] = capability[r] < requirement[i] ? v * 0.05 : v;
                }
            }
        }
        return values;
    }

    private static string Write(string dir, string name, double[] values)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, MemoryMarshal.AsBytes(values.AsSpan()).ToArray());
        return path;
    }

    private sealed record MatrixResult(RegionIndustryValues Lq, IndexValues Hhi, IndexValues Krugman);

    private static MatrixResult LqHhiKrugman(RegionIndustryMatrix m) => new(m.LocationQuotient(), m.Herfindahl(), m.Krugman());

    private static (double Ratio, MatrixResult Result) MatrixRatio(double[] values, string[] regions, string[] industries,
        string script, string file, string dir, int rounds, int runs)
    {
        var result = LqHhiKrugman(new RegionIndustryMatrix(regions, industries, values));
        var ratios = new List<double>();
        for (int round = 1; round <= rounds; round++)
        {
            var times = new List<double>();
            for (int k = 0; k < runs; k++)
            {
                // A new matrix each run: nothing computed by an earlier run is reused.
                var m = new RegionIndustryMatrix(regions, industries, values);
                var t = Stopwatch.StartNew();
                result = LqHhiKrugman(m);
                times.Add(t.Elapsed.TotalMilliseconds);
            }
            double cs = Median(times);
            double np = Numpy(script, ["matrix", file, $"{Regions}", $"{Industries}", $"{runs}", .. round == 1 ? new[] { dir } : []]);
            ratios.Add(cs / np);
            Console.WriteLine(Invariant($"LQ+HHI+Krugman round {round}: ClusterStats {cs:0.00} ms, numpy {np:0.00} ms, ratio {cs / np:0.00} (load {LoadAverage()})"));
        }
        return (Median(ratios), result);
    }

    private sealed record PanelResult(RegionIndustryValues[] Lq, ShiftShareResult Shift, ComplexityResult[] Eci);

    private static PanelResult PanelWork(RegionIndustryPanel p)
    {
        var years = p.Years;
        var lq = years.Select(y => p[y].LocationQuotient()).ToArray();
        var shift = p.ShiftShare(years[0], years[^1]);
        var eci = years.Select(y => p[y].Complexity()).ToArray();
        return new PanelResult(lq, shift, eci);
    }

    private static RegionIndustryPanel Panel(double[] values, string[] regions, string[] industries)
    {
        int cells = Regions * Industries;
        return new RegionIndustryPanel(Enumerable.Range(0, Years).ToDictionary(y => 2001 + y,
            y => new RegionIndustryMatrix(regions, industries, values.AsSpan(y * cells, cells))));
    }

    private static PanelResult PanelRatio(double[] values, string[] regions, string[] industries, string script, string file, string dir, int rounds)
    {
        var result = PanelWork(Panel(values, regions, industries));
        var ratios = new List<double>();
        for (int round = 1; round <= rounds; round++)
        {
            var p = Panel(values, regions, industries);
            var t = Stopwatch.StartNew();
            result = PanelWork(p);
            double cs = t.Elapsed.TotalMilliseconds;
            double np = Numpy(script, ["panel", file, $"{Years}", $"{Regions}", $"{Industries}", "1", .. round == 1 ? new[] { dir } : []]);
            ratios.Add(cs / np);
            Console.WriteLine(Invariant($"panel round {round}: ClusterStats {cs:0} ms, numpy {np:0} ms, ratio {cs / np:0.00} (load {LoadAverage()})"));
        }
        Console.WriteLine(Invariant($"Panel 20 x 3000x500 (LQ per year, Dunn shift-share first to last, ECI per year): ClusterStats/numpy = {Median(ratios):0.00}"));
        return result;
    }

    private static void EciLarge()
    {
        var m = IndexBenchmarks.Random(3000, 1000, seed: 2, nested: true);
        m.Complexity();
        var times = new List<double>();
        for (int k = 0; k < 5; k++)
        {
            var fresh = new RegionIndustryMatrix(m.Regions, m.Industries, m.ToArray());
            var t = Stopwatch.StartNew();
            fresh.Complexity();
            times.Add(t.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine(Invariant($"ECI eigenvector 3000x1000 (one year), ClusterStats: median {Median(times):0} ms of 5 (load {LoadAverage()})"));
    }

    private static double Numpy(string script, string[] arguments)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        // The machine-wide OpenBLAS tuning variables are meant for other programs; numpy runs with its own defaults.
        start.Environment.Remove("OPENBLAS_CORETYPE");
        start.Environment.Remove("OPENBLAS_L2_SIZE");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith("median_ms ", StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
        {
            throw new NumpyFailedException($"{Python} {script} {string.Join(' ', arguments)} failed (exit {process.ExitCode}): {stdout}{stderr.Result}");
        }
        return double.Parse(line["median_ms ".Length..], CultureInfo.InvariantCulture);
    }

    private static bool CompareMatrix(MatrixResult cs, string dir)
    {
        var lq = new double[Regions * Industries];
        for (int r = 0; r < Regions; r++)
        {
            for (int i = 0; i < Industries; i++) lq[r * Industries + i] = cs.Lq[r, i];
        }
        bool ok = Report("LQ 3000x500", lq, Read(dir, "matrix_lq.f64"), 1e-12, 1e-15);
        ok &= Report("HHI 3000x500", [.. cs.Hhi.Values], Read(dir, "matrix_hhi.f64"), 1e-12, 1e-15);
        ok &= Report("Krugman 3000x500", [.. cs.Krugman.Values], Read(dir, "matrix_krugman.f64"), 1e-12, 1e-15);
        return ok;
    }

    private static bool ComparePanel(PanelResult cs, string dir)
    {
        int cells = Regions * Industries;
        var lq = new double[Years * cells];
        for (int y = 0; y < Years; y++)
        {
            for (int r = 0; r < Regions; r++)
            {
                for (int i = 0; i < Industries; i++) lq[y * cells + r * Industries + i] = cs.Lq[y][r, i];
            }
        }
        bool ok = Report("panel LQ per year", lq, Read(dir, "panel_lq.f64"), 1e-12, 1e-15);
        var np = Read(dir, "panel_shift.f64");
        int components = cs.Shift.ComponentNames.Count, worst = 0;
        double worstDiff = 0;
        for (int r = 0; r < Regions; r++)
        {
            var region = cs.Shift.Regions[r];
            for (int c = 0; c < components; c++)
            {
                var diff = Math.Abs(region.Components[c].Value - np[r * components + c]) / region.BaseValue;
                if (!(diff <= 1e-12)) worst++;
                if (!(diff <= worstDiff)) worstDiff = diff;
            }
        }
        Console.WriteLine(Invariant($"panel Dunn shift-share: {(worst == 0 ? "agrees" : $"{worst} DIFFER")} (largest difference {worstDiff:0.0e0} of the base-year total, tolerance 1e-12)"));
        ok &= worst == 0;
        var eci = cs.Eci.SelectMany(e => e.Eci.Values).ToArray();
        ok &= Report("panel ECI per year", eci, Read(dir, "panel_eci.f64"), 0, 1e-8);
        return ok;
    }

    private static bool Report(string what, double[] ours, double[] theirs, double relative, double absolute)
    {
        if (ours.Length != theirs.Length)
        {
            Console.WriteLine($"{what}: {ours.Length} values here, {theirs.Length} from numpy");
            return false;
        }
        int differ = 0;
        double worst = 0, worstAbsolute = 0;
        for (int k = 0; k < ours.Length; k++)
        {
            double a = ours[k], b = theirs[k];
            if (double.IsNaN(a) && double.IsNaN(b)) continue;
            var diff = Math.Abs(a - b);
            bool same = diff <= absolute || diff <= relative * Math.Max(Math.Abs(a), Math.Abs(b));
            if (!same) differ++;
            if (!(diff <= worstAbsolute)) worstAbsolute = diff;
            var scaled = diff / Math.Max(Math.Max(Math.Abs(a), Math.Abs(b)), 1e-300);
            if (!(scaled <= worst)) worst = scaled;
        }
        var largest = relative > 0
            ? Invariant($"largest relative difference {worst:0.0e0}; tolerance relative {relative:0e0}, absolute {absolute:0e0}")
            : Invariant($"largest difference {worstAbsolute:0.0e0}; tolerance absolute {absolute:0e0}");
        Console.WriteLine(Invariant($"{what}: {(differ == 0 ? "agrees" : $"{differ} of {ours.Length} DIFFER")} ({largest})"));
        return differ == 0;
    }

    private static double[] Read(string dir, string name) => MemoryMarshal.Cast<byte, double>(File.ReadAllBytes(Path.Combine(dir, name))).ToArray();

    private static double Median(IEnumerable<double> values) => ChartsVersusMatplotlib.Median(values);

    internal static int Arg(string[] args, int k, int fallback) =>
        args.Length <= k ? fallback : int.TryParse(args[k], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    private sealed class NumpyFailedException(string message) : Exception(message);

    internal static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
