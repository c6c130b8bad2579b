using System.Globalization;
using ClusterStats.Spatial;
using ScottPlot;
using Color = ScottPlot.Color;

namespace ClusterStats.Plotting;

/// <summary>The choices of a LISA cluster map.</summary>
public sealed class LisaMapOptions
{
    /// <summary>The significance level, greater than 0 and less than 1 (default 0.05).</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>
    /// The control of multiple testing, as R's <c>p.adjust</c> (<see cref="SpatialStatistics.AdjustPValues"/>): a region is
    /// significant when its adjusted p-value is at most <see cref="Alpha"/>; null (default) tests each region alone, as
    /// GeoDa and PySAL do.
    /// </summary>
    public PValueAdjustment? Adjustment { get; init; }

    /// <summary>
    /// Whether significance is judged by the conditional-permutation pseudo p-values (default, when the result has
    /// permutations) or by the normal approximation's p-values (false, or when the result has no permutations).
    /// </summary>
    public bool UsePermutations { get; init; } = true;

    /// <summary>The projection; null to choose one from the coordinates (<see cref="MapProjection.ForExtent"/>).</summary>
    public MapProjection? Projection { get; init; }

    /// <summary>The label drawn on each region by id (Chinese and Japanese names drawn with a CJK font); the id when a region has none; no labels when null.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>Sources and notes drawn under the map, after the test and projection; null for none.</summary>
    public string? Footnote { get; init; }
}

public static partial class Charts
{
    private static readonly (LisaQuadrant Quadrant, string Text, Color Fill)[] QuadrantStyles =
    [
        (LisaQuadrant.HighHigh, "High-High", Color.FromHex("#D7191C")),
        (LisaQuadrant.LowLow, "Low-Low", Color.FromHex("#2C7BB6")),
        (LisaQuadrant.LowHigh, "Low-High", Color.FromHex("#ABD9E9")),
        (LisaQuadrant.HighLow, "High-Low", Color.FromHex("#FDAE61")),
    ];

    private static readonly Color NotSignificantColor = Color.FromHex("#F0F0F0");

    /// <summary>
    /// A LISA cluster map: the regions whose local Moran is significant coloured by their quadrant (High-High,
    /// Low-Low, Low-High, High-Low), the others "not significant", regions without a neighbour (their statistic is
    /// undefined) and regions of the geometry missing from the result in grey. The footnote states the level, the
    /// p-values used (the number of permutations and the seed, or the normal approximation and its alternative), the
    /// multiple-testing control and the projection; the legend counts the regions of each kind.
    /// </summary>
    /// <param name="geometries">The regions' outlines.</param>
    /// <param name="lisa">The local Moran of the regions (matched to the outlines by id).</param>
    /// <param name="title">The map title.</param>
    /// <param name="options">Level, correction, p-values, projection, labels, footnote; defaults when null.</param>
    /// <param name="fonts">The font resolver; <see cref="ChartFontResolver.Default"/> when null.</param>
    /// <exception cref="ClusterStatsException">When alpha is not in (0, 1), or a geometry cannot be drawn.</exception>
    /// <exception cref="MissingGlyphsException">When no font can draw the labels.</exception>
    public static Plot LisaClusterMap(RegionGeometries geometries, LocalMoranResult lisa, string title, LisaMapOptions? options = null, ChartFontResolver? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(geometries);
        ArgumentNullException.ThrowIfNull(lisa);
        ArgumentNullException.ThrowIfNull(title);
        options ??= new LisaMapOptions();
        if (!(options.Alpha > 0 && options.Alpha < 1)) MapThrow.MapAlpha(options.Alpha);
        if (geometries.Count == 0) MapThrow.MapNoRegion();

        bool permutations = options.UsePermutations && lisa.Permutations > 0;
        var byId = lisa.ToDictionary(r => r.Region, StringComparer.Ordinal);
        double P(LocalMoranRegion r) => permutations ? r.PseudoP ?? double.NaN : r.PValue;
        int tested = lisa.Count(r => !double.IsNaN(P(r)));
        double[] p = [.. lisa.Select(P)];
        if (options.Adjustment is { } adjustment) p = SpatialStatistics.AdjustPValues(p, adjustment);
        var significant = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (int i = 0; i < lisa.Count; i++) significant[lisa[i].Region] = p[i] <= options.Alpha;

        // Category of each region: 0..3 the quadrants, 4 not significant, 5 no neighbours, 6 not in the result.
        var kinds = geometries.Select(g => !byId.TryGetValue(g.Id, out var r) ? 6
            : double.IsNaN(P(r)) ? 5
            : significant[r.Region] ? Array.FindIndex(QuadrantStyles, q => q.Quadrant == r.Quadrant)
            : 4).ToArray();
        var fills = QuadrantStyles.Select(q => q.Fill).Concat([NotSignificantColor, NoDataColor, NoDataColor]).ToArray();
        string[] names = [.. QuadrantStyles.Select(q => q.Text), "not significant", "no neighbours", "no data"];

        var plot = NewPlot(title);
        var notes = new List<string>();
        var inv = CultureInfo.InvariantCulture;
        string how = permutations
            ? string.Create(inv, $"pseudo p-values of {lisa.Permutations} conditional permutations (seed {lisa.Seed})")
            : $"normal-approximation p-values ({AlternativeText(lisa.Alternative)})";
        string correction = options.Adjustment switch
        {
            PValueAdjustment.Bonferroni => string.Create(inv, $", Bonferroni-adjusted over {tested} regions"),
            PValueAdjustment.Fdr => string.Create(inv, $", false discovery rate controlled over {tested} regions (Benjamini-Hochberg)"),
            _ => "",
        };
        notes.Add(string.Create(inv, $"Local Moran's I (LISA): quadrants of the regions significant at alpha = {options.Alpha.ToString("0.###", inv)} by {how}{correction}."));
        var missing = geometries.Where((_, i) => kinds[i] == 6).Select(g => g.Id).ToList();
        if (missing.Count > 0) notes.Add("No data: " + string.Join(", ", missing) + ".");

        var regions = geometries.Select(g => (g.Id, g.Geometry, options.Labels is { } labels ? labels.GetValueOrDefault(g.Id, g.Id) : "")).ToList();
        AddRegions(plot, regions, i => fills[kinds[i]], options.Projection, options.Labels is not null, notes);
        var legend = Enumerable.Range(0, names.Length)
            .Select(k => (k, count: kinds.Count(x => x == k)))
            .Where(x => x.k < 5 || x.count > 0)
            .Select(x => ($"{names[x.k]} ({x.count.ToString(inv)})", fills[x.k]))
            .ToList();
        AddMapLegend(plot, legend, "LISA cluster");
        AddFootnote(plot, JoinNotes(string.Join(" ", notes), options.Footnote), MapFootnoteColumns);
        return Finish(plot, fonts);
    }

    private static string AlternativeText(Alternative alternative) => alternative switch
    {
        Alternative.Greater => "alternative greater",
        Alternative.Less => "alternative less",
        _ => "two-sided",
    };
}
