using System.Globalization;
using ClusterStats.Indices;
using ClusterStats.Plotting;
using ScottPlot;

namespace ClusterStats.Tests.Plotting;

/// <summary>
/// The charts the README shows, built through the library's own API from real data: the reference dataset (cited
/// figures) for Xiaobeihe and its peers, the synthetic panel data/regional-employment.csv for the regional indices,
/// and the benchmark's 30-town table. Each recipe is used by a test that renders it into artifacts/charts/ and compares it with notebooks/images/chart-*.png.
/// </summary>
internal static class ChartRecipes
{
    private const string SyntheticPanel =
        "Synthetic panel data/regional-employment.csv (seeded, not statistics; see data/regional-employment.md).";

    /// <summary>Xiaobeihe against every other sock cluster of the reference dataset, latest year, money in CNY (nearest-year rates).</summary>
    public static global::ClusterStats.Comparison XiaobeiheComparison()
    {
        var reference = ReferenceData.Load();
        return global::ClusterStats.Comparison.Create(reference.Figures, new ComparisonOptions("xiaobeihe")
        {
            Regions = reference.Regions,
            Rates = reference.ExchangeRates,
            Currency = Currency.CNY,
            RatePolicy = MissingRatePolicy.NearestYear,
        });
    }

    /// <summary>Pairs per year: Xiaobeihe (focal) and its peers.</summary>
    public static Plot Comparison() => Charts.Comparison(XiaobeiheComparison(), Indicator.PairsPerYear.Name, "袜子年产量 Pairs of socks per year: 小北河镇 and its peers");

    /// <summary>Output value in CNY: Xiaobeihe and its peers.</summary>
    public static Plot OutputComparison() => Charts.Comparison(XiaobeiheComparison(), Indicator.OutputValue.Name, "产值 Output value in CNY: 小北河镇 and its peers");

    /// <summary>Xiaobeihe's pairs per year across years and sources, with the plan target.</summary>
    public static Plot TimeSeries() => Charts.TimeSeries(ReferenceData.Load().Figures, "xiaobeihe", Indicator.PairsPerYear, "小北河镇 袜子年产量 Xiaobeihe: pairs per year by source");

    /// <summary>Firms against output value, bubble area = pairs, from the same comparison.</summary>
    public static Plot Bubbles() => Charts.Bubbles(XiaobeiheComparison());

    /// <summary>The synthetic province x industry panel for one value column.</summary>
    public static RegionIndustryPanel Panel(string column = "employment") =>
        RegionIndustryPanel.FromCsv(Path.Combine(PlotAssert.RepoRoot, "data", "regional-employment.csv"), column);

    /// <summary>LQ of employment, 2023, provinces x industries.</summary>
    public static Plot Heatmap() => Charts.LqHeatmap(Panel()[2023].LocationQuotient(),
        "区位商 Location quotients of employment, 2023", "LQ = (x_ri / x_r) / (x_i / x) over the ten provinces. " + SyntheticPanel);

    /// <summary>Dunn shift-share of employment 2018-2023 for the ten provinces.</summary>
    public static Plot ShiftShare() => Charts.ShiftShare(Panel().ShiftShare(2018, 2023),
        "偏离-份额分析 Shift-share of employment, 2018-2023", "persons", "Dunn decomposition, nation = the ten provinces. " + SyntheticPanel);

    /// <summary>The benchmark's chart: output value of the 30 largest towns (bench/notebook/chart30.csv).</summary>
    public static Plot Bars30() => Charts.Comparison(
        File.ReadLines(PlotAssert.Data("chart30.csv")).Skip(1).Select(l => l.Split(','))
            .Select(f => new BarItem(f[0], double.Parse(f[1], CultureInfo.InvariantCulture))),
        "2023年产值前30个乡镇", "亿元", "Synthetic benchmark data (bench/notebook/chart30.csv).");

    /// <summary>Lorenz curve of hosiery employment over the ten provinces, 2023.</summary>
    public static Plot Lorenz()
    {
        var hosiery = Panel()[2023];
        int column = hosiery.IndustryIndex("hosiery");
        var values = hosiery.Regions.Select((_, r) => hosiery[r, column]).ToArray();
        return Charts.Lorenz(RegionalIndices.Gini(values), "袜业就业集中度 Concentration of hosiery employment, 2023", SyntheticPanel);
    }
}
