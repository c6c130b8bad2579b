using System.Globalization;
using ClusterStats.Plotting;
using ScottPlot;

namespace ClusterStats.Tests.Plotting;

/// <summary>
/// The charts the README shows, built from cited figures and the benchmark data. Each recipe is used by a test that
/// renders it and writes notebooks/images/chart-*.png.
/// </summary>
internal static class ChartRecipes
{
    private const string CitedFigures = "Sources: seed article (Jul 2024); Xinhua Jun 2025; China Daily Jun 2022; Xinhua May 2023; 活力中国调研行 2025; 時事通信 2024.";

    /// <summary>Pairs per year: Xiaobeihe (focal) and its peers.</summary>
    public static Plot Comparison() => Charts.Comparison(
        [
            // Xiaobeihe: seed article (July 2024) 22亿双; Xinhua 2025-06-22 (cited-figures.csv) 26亿双 for 2024 -> range 2.2-2.6 bn.
            new BarItem("小北河", 2.2e9, Low: 2.2e9, High: 2.6e9, IsFocal: true),
            // Datang: Xinhua via People's Daily 2023-05-26: 25 bn; China Daily 2022-06-21: "as many as 27 bn" (2021).
            new BarItem("大唐", 25e9, Low: 25e9, High: 27e9),
            // Liaoyuan: 活力中国调研行 2025 reprint: 每年35亿双 (2025).
            new BarItem("辽源", 3.5e9),
            // Nara prefecture: Jiji Press 地域トリビア citing 奈良県靴下工業協同組合: 52.98 m pairs (2023).
            new BarItem("奈良", 52.98e6),
        ],
        "袜子年产量 Pairs of socks per year", "pairs", CitedFigures);

    /// <summary>Xiaobeihe's pairs per year across years and sources, with the 14th Five-Year-Plan target.</summary>
    public static Plot TimeSeries() => Charts.TimeSeries(
        [
            // cited-figures.csv rows for Xiaobeihe, indicator pairs_per_year (year = reference year as given there).
            new SeriesPoint(2021, 2.5e9, "新华社 Xinhua"),
            new SeriesPoint(2022, 2.5e9, "辽宁日报 Liaoning Daily"),
            new SeriesPoint(2023, 2.5e9, "PR Newswire (Liaoyang CPC)"),
            new SeriesPoint(2024, 2.6e9, "新华社 Xinhua"),
            new SeriesPoint(2024, 2.2e9, "seed article, Jul 2024"),
            // Liaoning Daily (Korean edition) 2023-04-13: 14th Five-Year-Plan target 40亿 pairs by 2025.
            new SeriesPoint(2025, 4.0e9, "辽宁日报 Liaoning Daily", IsTarget: true),
        ],
        "小北河 袜子年产量 Xiaobeihe: pairs per year", "pairs per year",
        "Sources: cited-figures.csv (Xinhua 2022, 2025; Liaoning Daily 2023-04-13; PR Newswire 2023-10-20; seed article 2024-07).");

    /// <summary>Firms against output value, bubble area = pairs, for the Chinese clusters and Castel Goffredo.</summary>
    public static Plot Bubbles() => Charts.Bubbles(
        [
            // Seed article (July 2024): 226 firms, 35亿元, 22亿双.
            new BubbleItem("小北河", 226, 3.5e9, 2.2e9, IsFocal: true),
            // China Daily 2022-06-21 (2021): over 6,000 enterprises, 75 bn yuan, as many as 27 bn pairs.
            new BubbleItem("大唐", 6000, 75e9, 27e9),
            // 活力中国调研行 2025: 1,200+ firms, 35亿双; Securities Times 2026-01 reprint: 120亿元 (2025, all-inclusive).
            new BubbleItem("辽源", 1200, 12e9, 3.5e9),
            // Castel Goffredo: La Voce di Mantova 2024: 350 firms; MantovaUno 2024: 1.5 bn EUR turnover, converted at
            // 7.787 CNY/EUR (Fed G.5A 2024, derived, cited-figures.csv); local-history site: 1.5 bn pairs of tights (undated).
            new BubbleItem("Castel Goffredo", 350, 1.5e9 * 7.787, 1.5e9),
        ],
        "企业数与产值 Firms and output value", "CNY",
        "Sources: seed article 2024; China Daily 2022; 活力中国调研行 2025; 证券时报 2026; MantovaUno 2024. Mixed years.");

    /// <summary>LQ of output value, 2023, for the benchmark's sock towns and largest regions.</summary>
    public static Plot Heatmap()
    {
        var data = BenchRegions.Load();
        return Charts.LqHeatmap(data.Regions, data.Industries, data.Lq(2023), "区位商 Location quotients of output value, 2023",
            "Synthetic benchmark data (bench/gen_firms.py, 1 M firms, seed 20240601); LQ = (x_ri / x_r) / (x_i / x).");
    }

    /// <summary>Shift-share of employment 2019-2023 for the benchmark's sock towns.</summary>
    public static Plot ShiftShare()
    {
        var data = BenchRegions.Load();
        return Charts.ShiftShare(data.ShiftShare(2019, 2023).Take(5), "偏离-份额分析 Shift-share of employment, 2019-2023", "persons",
            "Synthetic benchmark data (bench/gen_firms.py, 1 M firms); components over the six industries shown in the heatmap.");
    }

    /// <summary>The benchmark's chart: output value of the 30 largest towns (bench/notebook/chart30.csv).</summary>
    public static Plot Bars30() => Charts.Comparison(
        File.ReadLines(PlotAssert.Data("chart30.csv")).Skip(1).Select(l => l.Split(','))
            .Select(f => new BarItem(f[0], double.Parse(f[1], CultureInfo.InvariantCulture))),
        "2023年产值前30个乡镇", "亿元", "Synthetic benchmark data (bench/notebook/chart30.csv).");

    /// <summary>Lorenz curve of output value over the 30 largest towns of the benchmark data.</summary>
    public static Plot Lorenz()
    {
        var values = File.ReadLines(PlotAssert.Data("chart30.csv")).Skip(1)
            .Select(l => double.Parse(l.Split(',')[1], CultureInfo.InvariantCulture));
        return Charts.Lorenz(LorenzCurve.FromValues(values), "产值集中度 Concentration of output, 30 largest towns",
            "Synthetic benchmark data (bench/notebook/chart30.csv).");
    }
}

/// <summary>The aggregated benchmark table data/plotting/bench-regions.csv (see its README).</summary>
internal sealed class BenchRegions
{
    private readonly Dictionary<(string Region, string Industry, int Year), (double Employees, double Output)> _cells;

    private BenchRegions(Dictionary<(string, string, int), (double, double)> cells)
    {
        _cells = cells;
        Regions = [.. cells.Keys.Select(k => k.Item1).Where(r => r != "*").Distinct()];
        Industries = [.. cells.Keys.Select(k => k.Item2).Where(i => i != "*").Distinct()];
    }

    public IReadOnlyList<string> Regions { get; }

    public IReadOnlyList<string> Industries { get; }

    public static BenchRegions Load()
    {
        var cells = new Dictionary<(string, string, int), (double, double)>();
        foreach (var line in File.ReadLines(PlotAssert.Data("bench-regions.csv")).Skip(1))
        {
            var f = line.Split(',');
            cells[(f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture))] =
                (double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture));
        }
        return new BenchRegions(cells);
    }

    /// <summary>LQ = (x_ri / x_r) / (x_i / x) on output value; NaN where the region has no output in the industry.</summary>
    public double[,] Lq(int year)
    {
        var lq = new double[Regions.Count, Industries.Count];
        double total = _cells[("*", "*", year)].Output;
        for (int r = 0; r < Regions.Count; r++)
            for (int i = 0; i < Industries.Count; i++)
            {
                double cell = _cells[(Regions[r], Industries[i], year)].Output;
                lq[r, i] = cell == 0 ? double.NaN
                    : cell / _cells[(Regions[r], "*", year)].Output / (_cells[("*", Industries[i], year)].Output / total);
            }
        return lq;
    }

    /// <summary>
    /// Classic shift-share of employees from year 0 to year 1 over the listed industries: national share
    /// E_ri0 * g, industry mix E_ri0 * (g_i - g), regional shift E_ri0 * (g_ri - g_i), where g is national growth
    /// over all industries, g_i national growth of industry i and g_ri the region's growth in industry i.
    /// </summary>
    public IEnumerable<ShiftShareRow> ShiftShare(int year0, int year1)
    {
        double g = _cells[("*", "*", year1)].Employees / _cells[("*", "*", year0)].Employees - 1;
        foreach (var region in Regions)
        {
            double national = 0, mix = 0, shift = 0;
            foreach (var industry in Industries)
            {
                double e0 = _cells[(region, industry, year0)].Employees, e1 = _cells[(region, industry, year1)].Employees;
                if (e0 == 0) { shift += e1; continue; }
                double gi = _cells[("*", industry, year1)].Employees / _cells[("*", industry, year0)].Employees - 1;
                national += e0 * g;
                mix += e0 * (gi - g);
                shift += e0 * (e1 / e0 - 1 - gi);
            }
            yield return new ShiftShareRow(region, national, mix, shift);
        }
    }
}
