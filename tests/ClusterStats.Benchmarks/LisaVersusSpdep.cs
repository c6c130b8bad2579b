using System.Diagnostics;
using System.Globalization;
using ClusterStats.Spatial;

namespace ClusterStats.Benchmarks;

/// <summary>
/// <c>lisa-vs-spdep [ROUNDS] [RUNS]</c>: local Moran with 999 conditional permutations on 3,000 regions (a 60 x 50 grid
/// of squares, queen contiguity, row-standardised weights), ClusterStats in this process (warmed) against spdep
/// (lisa_spdep.R under Rscript, one process per round: poly2nb + nb2listw + localmoran_perm) on the same GeoJSON and
/// values, written once to a temporary folder. Both sides time building the weights and the statistic, not reading the
/// files. Rounds alternate between the two; each side reports the median of its runs in a round; the ratio printed last
/// is the median of the rounds' ratios. The local Moran Ii of both are compared (1e-9) before any time is trusted; the
/// pseudo p-values cannot be (each side draws its own permutations).
/// </summary>
public static class LisaVersusSpdep
{
    private const int Rows = 60, Columns = 50, Permutations = 999;
    private const string Rscript = "/usr/bin/Rscript";

    public static int Run(string[] args)
    {
        int rounds = IndicesVersusNumpy.Arg(args, 0, 5), runs = IndicesVersusNumpy.Arg(args, 1, 3);
        if (rounds < 1 || runs < 1)
        {
            Console.Error.WriteLine("usage: lisa-vs-spdep [ROUNDS >= 1] [RUNS >= 1]");
            return 2;
        }
        if (!File.Exists(Rscript))
        {
            Console.Error.WriteLine($"lisa-vs-spdep needs {Rscript} with spdep and sf (apt-get install r-base-core r-cran-spdep r-cran-sf).");
            return 1;
        }
        var script = Path.Combine(AppContext.BaseDirectory, "lisa_spdep.R");
        var dir = Directory.CreateTempSubdirectory("clusterstats-lisa-vs-spdep-").FullName;
        try
        {
            Console.WriteLine($"load average at start: {IndicesVersusNumpy.LoadAverage()}; {Environment.ProcessorCount} cores; {rounds} rounds x {runs} runs; {Rows * Columns} regions, {Permutations} permutations");
            var (geojson, valuesCsv, values) = WriteInputs(dir);
            var geometries = RegionGeometries.ReadGeoJson(geojson);
            var x = geometries.Ids.Select(id => values[id]).ToArray();
            LocalMoranResult result = Compute(geometries, x); // warm-up
            var ratios = new List<double>();
            for (int round = 1; round <= rounds; round++)
            {
                var times = new List<double>();
                for (int run = 0; run < runs; run++)
                {
                    var watch = Stopwatch.StartNew();
                    result = Compute(geometries, x);
                    times.Add(watch.Elapsed.TotalSeconds);
                }
                double cs = ChartsVersusMatplotlib.Median(times);
                double r = Spdep(script, geojson, valuesCsv, runs, Path.Combine(dir, "spdep.csv"));
                ratios.Add(cs / r);
                Console.WriteLine(Invariant($"round {round}: ClusterStats {cs:0.000} s, spdep {r:0.000} s, ratio {cs / r:0.000} (load {IndicesVersusNumpy.LoadAverage()})"));
            }
            bool agree = Compare(result, Path.Combine(dir, "spdep.csv"));
            Console.WriteLine($"load average at end: {IndicesVersusNumpy.LoadAverage()}");
            if (!agree) Console.WriteLine("RESULTS DIFFER from spdep: the ratios above do not compare like with like.");
            Console.WriteLine(Invariant($"LISA 999 permutations, 3000 regions (weights + statistic): ClusterStats/spdep = {ChartsVersusMatplotlib.Median(ratios):0.000}"));
            return agree ? 0 : 1;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static LocalMoranResult Compute(RegionGeometries geometries, double[] x) =>
        SpatialWeights.FromContiguity(geometries).LocalMoran(x, permutations: Permutations);

    /// <summary>The grid (ids r{row}c{column}) and seeded values: a smooth trend with noise, so that clusters exist.</summary>
    private static (string GeoJson, string Values, Dictionary<string, double> ById) WriteInputs(string dir)
    {
        var random = new Random(20261129);
        var features = new List<string>(Rows * Columns);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var csv = new System.Text.StringBuilder("region,value\n");
        for (int r = 0; r < Rows; r++)
        {
            for (int c = 0; c < Columns; c++)
            {
                var id = Invariant($"r{r}c{c}");
                features.Add(Invariant($"{{\"type\":\"Feature\",\"properties\":{{\"id\":\"{id}\"}},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[[{c},{r}],[{c + 1},{r}],[{c + 1},{r + 1}],[{c},{r + 1}],[{c},{r}]]]}}}}"));
                double v = Math.Round(Math.Sin(r / 7.0) + Math.Cos(c / 5.0) + random.NextDouble(), 6);
                values[id] = v;
                csv.Append(Invariant($"{id},{v:R}\n"));
            }
        }
        var geojson = Path.Combine(dir, "grid.geojson");
        File.WriteAllText(geojson, "{\"type\":\"FeatureCollection\",\"features\":[\n" + string.Join(",\n", features) + "\n]}\n");
        var valuesCsv = Path.Combine(dir, "values.csv");
        File.WriteAllText(valuesCsv, csv.ToString());
        return (geojson, valuesCsv, values);
    }

    private static double Spdep(string script, string geojson, string values, int runs, string output)
    {
        var start = new ProcessStartInfo(Rscript) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { script, geojson, values, runs.ToString(CultureInfo.InvariantCulture), output }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"Rscript failed ({process.ExitCode}): {stderr}");
        return double.Parse(stdout.Split('\n')[0], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static bool Compare(LocalMoranResult result, string spdepCsv)
    {
        var spdep = File.ReadLines(spdepCsv).Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => double.Parse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        double worst = result.Max(r => Math.Abs(r.LocalI - spdep[r.Region]) / Math.Max(1, Math.Abs(spdep[r.Region])));
        Console.WriteLine(Invariant($"local Moran Ii: {(worst <= 1e-9 ? "agrees" : "DIFFERS")} with spdep (largest difference {worst:0.0e0}, tolerance 1e-9)"));
        return worst <= 1e-9;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
