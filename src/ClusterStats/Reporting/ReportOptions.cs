using ClusterStats.Plotting;

namespace ClusterStats;

/// <summary>
/// Settings of <see cref="ClusterReport.Create(ReferenceDataset, string, ReportOptions?, IProgress{string}?)"/>. Every
/// setting has a default: the peers of the same product focus, the latest year each cluster has, money in the focal
/// cluster's own currency (CNY for a Chinese cluster) and the nearest year's exchange rate for a year without one.
/// </summary>
public sealed record ReportOptions
{
    /// <summary>Explicit peer ids; null (default) for every cluster with the focal cluster's product focus.</summary>
    public IReadOnlyList<string>? Peers { get; init; }

    /// <summary>The year compared, or null (default) for the latest year each cluster has, shown per row.</summary>
    public int? Year { get; init; }

    /// <summary>
    /// The currency money is shown in; null (default) for the currency of the focal cluster's own money figures (CNY
    /// for a Chinese cluster), so that the focal cluster's figures stay as its sources state them and only the peers'
    /// money is converted (through USD, at published annual average rates named in the report).
    /// </summary>
    public Currency? Currency { get; init; }

    /// <summary>
    /// What to do for a year without an annual exchange rate. Default <see cref="MissingRatePolicy.NearestYear"/>; the
    /// report names the rate year used for every conversion.
    /// </summary>
    public MissingRatePolicy RatePolicy { get; init; } = MissingRatePolicy.NearestYear;

    /// <summary>Whether plan targets may count in the comparison (default false). The figure table always lists them, marked as targets.</summary>
    public bool IncludeTargets { get; init; }

    /// <summary>What the figures are, as shown in the report (default: "the ClusterStats reference dataset").</summary>
    public string DataDescription { get; init; } = "the ClusterStats reference dataset";

    /// <summary>The font resolver of the charts; null for <see cref="ChartFontResolver.Default"/>.</summary>
    public ChartFontResolver? Fonts { get; init; }

    /// <summary>The width of each chart in pixels (default 900).</summary>
    public int ChartWidth { get; init; } = 900;

    /// <summary>The height of each chart in pixels (default 560).</summary>
    public int ChartHeight { get; init; } = 560;
}
