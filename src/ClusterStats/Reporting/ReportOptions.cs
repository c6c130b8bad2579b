using ClusterStats.Plotting;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// Settings of <see cref="ClusterReport.Create(ReferenceDataset, string, ReportOptions?, IProgress{string}?)"/>. Every
/// setting has a default: the peers of the same product focus, one year chosen from the focal cluster's figures, money in the focal
/// cluster's own currency (CNY for a Chinese cluster) and the nearest year's exchange rate for a year without one.
/// </summary>
public sealed record ReportOptions
{
    /// <summary>Explicit peer ids; null (default) for every cluster with the focal cluster's product focus.</summary>
    public IReadOnlyList<string>? Peers { get; init => field = ReadOnly.List(value); }

    /// <summary>The year compared, or null (default) to choose it from the focal cluster's figures (see <see cref="ComparisonOptions.Year"/>).</summary>
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

    /// <summary>Whether suspicious and superseded figures may count in the comparison and the charts (default false). The figure table always lists them, marked.</summary>
    public bool IncludeSuspicious { get; init; }

    /// <summary>Whether each cluster is compared at its own latest year instead of one year for all (see <see cref="ComparisonOptions.LatestOfEach"/>).</summary>
    public bool LatestOfEach { get; init; }

    /// <summary>How many years older than the comparison year a figure may be when a cell has none for the year (see <see cref="ComparisonOptions.MaxAge"/>; default 0).</summary>
    public int MaxAge { get; init; }

    /// <summary>Pinned sources per region id (see <see cref="ComparisonOptions.Pins"/>); none by default.</summary>
    public IReadOnlyDictionary<string, Func<Figure, bool>> Pins { get; init => field = ReadOnly.Dictionary(value); } = ReadOnly.Dictionary(new Dictionary<string, Func<Figure, bool>>(StringComparer.Ordinal));

    /// <summary>What the figures are, as shown in the report (default: "the ClusterStats reference dataset").</summary>
    public string DataDescription { get; init; } = "the ClusterStats reference dataset";

    /// <summary>The font resolver of the charts; null for <see cref="ChartFontResolver.Default"/>.</summary>
    public ChartFontResolver? Fonts { get; init; }

    /// <summary>
    /// The outlines of the clusters' regions, by cluster id; when given, the comparison section gains a choropleth map of
    /// pairs per year (else output value) over the regions that have an outline. Null (default): no map.
    /// </summary>
    public Spatial.RegionGeometries? Geometry { get; init; }

    /// <summary>The width of each chart in pixels (default 900).</summary>
    public int ChartWidth { get; init; } = 900;

    /// <summary>The height of each chart in pixels (default 560).</summary>
    public int ChartHeight { get; init; } = 560;
}
