using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClusterStats.Microdata;

namespace ClusterStats.Benchmarks;

/// <summary>
/// Workload W as baselines/README.md describes it, on the public API: firm-level CSV -> groups by region, industry and
/// year (agg.csv) -> 2023 location quotients (lq_2023.csv) -> Herfindahl-Hirschman index per region (hhi_2023.csv) ->
/// top 10 regions by LQ in industry 1761 (top10_1761.csv). Set W_TIMING=1 for a breakdown of the phases on stderr.
/// </summary>
public static class WorkloadW
{
    private static StreamWriter Writer(string dir, string file) =>
        new(Path.Combine(dir, file), false, new UTF8Encoding(false), 1 << 16);

    public static int Run(string input, string outDir)
    {
        bool timing = Environment.GetEnvironmentVariable("W_TIMING") == "1";
        var sw = Stopwatch.StartNew();
        void Phase(string name)
        {
            if (timing) Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {sw.Elapsed.TotalSeconds:F3}s  {name}"));
        }
        Directory.CreateDirectory(outDir);
        var table = MicrodataReader.Aggregate(input, new MicrodataAggregation
        {
            Keys = [MicrodataKey.Text("region_code"), MicrodataKey.Text("industry_code"), MicrodataKey.Integer("year")],
            Sums = [MicrodataSum.Long("employees"), MicrodataSum.Decimal("output_value_yuan")],
            Labels = [new MicrodataLabel("region_code", "region_name")],
        });
        Phase($"read + aggregate ({table.RowCount} rows, {table.Count} groups)");
        table.WriteCsv(Path.Combine(outDir, "agg.csv"), "firm_count");
        Phase("agg.csv");

        int year = table.KeyIndex("year"), output = table.SumIndex("output_value_yuan");
        var matrix = table.ToMatrix("region_code", "industry_code", "output_value_yuan", g => table.GetInteger(g, year) == 2023);
        int nr = matrix.Regions.Count, ni = matrix.Industries.Count;
        var xr = new double[nr];
        var xi = new double[ni];
        double x = 0;
        for (int r = 0; r < nr; r++)
        {
            for (int i = 0; i < ni; i++)
            {
                if (!matrix.IsPresent(r, i)) continue;
                double v = matrix[r, i];
                xr[r] += v;
                xi[i] += v;
                x += v;
            }
        }
        double Lq(int r, int i) => matrix[r, i] / xr[r] / (xi[i] / x);
        Phase("2023 matrix and margins");

        using (var lq = Writer(outDir, "lq_2023.csv"))
        {
        lq.Write("region_code,industry_code,output_value_yuan,lq\n");
        int regionKey = table.KeyIndex("region_code"), industryKey = table.KeyIndex("industry_code");
        for (int g = 0; g < table.Count; g++)
        {
            if (table.GetInteger(g, year) != 2023) continue;
            string rc = table.GetKey(g, regionKey), ic = table.GetKey(g, industryKey);
            lq.Write(rc);
            lq.Write(',');
            lq.Write(ic);
            lq.Write(',');
            lq.Write(table.GetDecimal(g, output).ToString(CultureInfo.InvariantCulture));
            lq.Write(',');
            lq.Write(Lq(matrix.RegionIndex(rc), matrix.IndustryIndex(ic)).ToString("R", CultureInfo.InvariantCulture));
            lq.Write('\n');
        }
        }
        Phase("lq_2023.csv");

        var sb = new StringBuilder("region_code,hhi\n");
        for (int r = 0; r < nr; r++)
        {
            double hhi = 0;
            for (int i = 0; i < ni; i++)
            {
                if (!matrix.IsPresent(r, i)) continue;
                double share = matrix[r, i] / xr[r];
                hhi += share * share;
            }
            sb.Append(matrix.Regions[r]).Append(',').Append(hhi.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }
        File.WriteAllText(Path.Combine(outDir, "hhi_2023.csv"), sb.ToString());

        var names = table.GetLabels("region_code");
        int socks = matrix.IndustryIndex("1761");
        var top = Enumerable.Range(0, nr).Where(r => socks >= 0 && matrix.IsPresent(r, socks))
            .Select(r => (Code: matrix.Regions[r], Lq: Lq(r, socks)))
            .OrderByDescending(t => t.Lq).ThenBy(t => t.Code, StringComparer.Ordinal).Take(10).ToList();
        sb.Clear().Append("rank,region_code,region_name,lq\n");
        for (int k = 0; k < top.Count; k++)
        {
            string name = names[top[k].Code];
            if (name.Contains(',', StringComparison.Ordinal) || name.Contains('"', StringComparison.Ordinal)) name = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            sb.Append(k + 1).Append(',').Append(top[k].Code).Append(',').Append(name).Append(',')
              .Append(top[k].Lq.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }
        File.WriteAllText(Path.Combine(outDir, "top10_1761.csv"), sb.ToString());
        Phase("hhi_2023.csv, top10_1761.csv");
        if (table.SkippedRowCount > 0) Console.Error.WriteLine($"skipped {table.SkippedRowCount} bad rows");
        return 0;
    }
}
