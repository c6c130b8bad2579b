using System.Globalization;
using NetTopologySuite.Geometries;
using ScottPlot;
using ScottPlot.TickGenerators;
using Color = ScottPlot.Color;
using Coordinates = ScottPlot.Coordinates;

namespace ClusterStats.Plotting;

/// <summary>One region of a choropleth map: its id, its outline and its value.</summary>
/// <param name="Id">The region's id.</param>
/// <param name="Geometry">Its outline: a Polygon or MultiPolygon (holes are kept open).</param>
/// <param name="Value">The value it is coloured by; null (or NaN) for no data, drawn grey and named in the legend.</param>
public sealed record MapArea(string Id, Geometry Geometry, double? Value)
{
    /// <summary>The label drawn on the region (a Chinese or Japanese name is drawn with a CJK font); the id when null.</summary>
    public string? Label { get; init; }
}

/// <summary>The choices of a choropleth map.</summary>
public sealed class ChoroplethOptions
{
    /// <summary>The most classes a classed scale draws: 9 (and the fewest, 2).</summary>
    public const int MaxClasses = MapClasses.MaxClasses;

    /// <summary>How values become colours (default <see cref="MapScale.Quantiles"/>).</summary>
    public MapScale Scale { get; init; } = MapScale.Quantiles;

    /// <summary>The number of classes of a classed scale, 2 to 9 (default 5); fewer are drawn when the values have fewer distinct breaks, and the legend shows each.</summary>
    public int Classes { get; init; } = 5;

    /// <summary>The projection; null to choose one from the coordinates (<see cref="MapProjection.ForExtent"/>).</summary>
    public MapProjection? Projection { get; init; }

    /// <summary>What the values are, drawn above the legend or beside the colour bar, e.g. "location quotient".</summary>
    public string? ValueTitle { get; init; }

    /// <summary>Sources and notes drawn under the map, after the scale and projection; null for none.</summary>
    public string? Footnote { get; init; }

    /// <summary>Whether regions are labelled (default true); a label is drawn only where it fits inside its region.</summary>
    public bool ShowLabels { get; init; } = true;
}

public static partial class Charts
{
    // The legend or colour bar on the right leaves the footnote less width than other charts have.
    private const int MapFootnoteColumns = 100;

    private static readonly Color NoDataColor = Color.FromHex("#D9D9D9");

    private static readonly Color[] SequentialColors =
        [.. new[] { "#FFF7EC", "#FDD49E", "#FC8D59", "#D7301F", "#7F0000" }.Select(Color.FromHex)];

    private static readonly IColormap DivergingColormap =
        new ScottPlot.Colormaps.CustomInterpolated([Color.FromHex("#2166AC"), Color.FromHex("#92C5DE"), Color.FromHex("#F7F7F7"), Color.FromHex("#F4A582"), Color.FromHex("#B2182B")]);

    /// <summary>
    /// A choropleth map: each region filled by its value on a classed scale (quantiles, equal intervals or exact Jenks
    /// natural breaks, with a legend of the class ranges), a continuous scale, or a diverging scale centred at 1 for
    /// location quotients (both with a colour bar). Regions without a value are grey and named as "no data" in the
    /// legend. Labels (Chinese and Japanese through the font resolver) are drawn where they fit. The footnote states
    /// the scale and the projection.
    /// </summary>
    /// <param name="areas">The regions (at least one, ids unique, at least one with a value).</param>
    /// <param name="title">The map title.</param>
    /// <param name="options">Scale, classes, projection, legend title, footnote; defaults when null.</param>
    /// <param name="fonts">The font resolver; <see cref="ChartFontResolver.Default"/> when null.</param>
    /// <exception cref="ClusterStatsException">When a geometry is not a polygon, an id repeats, a value is infinite, no region has a value, or a diverging map gets a negative value.</exception>
    /// <exception cref="MissingGlyphsException">When no font can draw the labels.</exception>
    public static Plot Choropleth(IEnumerable<MapArea> areas, string title, ChoroplethOptions? options = null, ChartFontResolver? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(title);
        options ??= new ChoroplethOptions();
        var all = areas.ToList();
        if (all.Count == 0) MapThrow.MapNoRegion();
        foreach (var area in all)
        {
            if (area.Value is { } v && !double.IsNaN(v) && !double.IsFinite(v)) MapThrow.MapValue(area.Id, v);
            if (options.Scale == MapScale.Diverging && area.Value is { } r && r < 0) MapThrow.MapDivergingValue(area.Id, r);
        }
        double?[] values = [.. all.Select(a => a.Value is { } v && !double.IsNaN(v) ? v : (double?)null)];
        var known = values.Where(v => v.HasValue).Select(v => v!.Value).ToList();
        if (known.Count == 0) MapThrow.MapNoValue();

        var plot = NewPlot(title);
        var notes = new List<string>();
        Func<int, Color> fill;
        var legend = new List<(string Text, Color Fill)>();
        IColormap? colormap = null;
        ScottPlot.Range range = default;
        Action<MapLayer>? colorBar = null;
        switch (options.Scale)
        {
            case MapScale.Continuous:
            {
                double min = known.Min(), max = known.Max();
                colormap = new ScottPlot.Colormaps.CustomInterpolated(SequentialColors);
                range = new ScottPlot.Range(min, max);
                fill = i => values[i] is { } v ? colormap.GetColor(max > min ? (v - min) / (max - min) : 0.5) : NoDataColor;
                colorBar = layer =>
                {
                    var bar = plot.Add.ColorBar(layer, Edge.Right);
                    bar.Label = options.ValueTitle ?? "";
                    bar.Axis.TickGenerator = new NumericAutomatic { LabelFormatter = FormatNumber };
                };
                notes.Add("Continuous colour scale, smallest to largest value.");
                break;
            }
            case MapScale.Diverging:
            {
                double extent = 1; // at least 1/2 .. 2
                foreach (var v in known) extent = Math.Max(extent, Math.Abs(Math.Log2(Math.Max(v, 1.0 / 64))));
                extent = Math.Min(Math.Ceiling(extent), 6);
                colormap = DivergingColormap;
                range = new ScottPlot.Range(-extent, extent);
                fill = i => values[i] is { } v ? colormap.GetColor((Math.Log2(Math.Max(v, 1.0 / 64)) + extent) / (2 * extent)) : NoDataColor;
                colorBar = layer => LqColorBar(plot, plot.Add.ColorBar(layer, Edge.Right), options.ValueTitle ?? "location quotient", extent);
                notes.Add("Diverging scale centred at 1, colour by log2 of the value (1/2 and 2 equally far from 1).");
                break;
            }
            default:
            {
                var classes = MapClasses.Compute(options.Scale, known, options.Classes);
                var colors = ClassColors(classes.Count);
                fill = i => values[i] is { } v ? colors[classes.ClassOf(v)] : NoDataColor;
                var bounds = ClassBoundText(classes);
                for (int c = 0; c < classes.Count; c++)
                {
                    int members = known.Count(v => classes.ClassOf(v) == c);
                    legend.Add(($"{bounds[c]} ({members.ToString(CultureInfo.InvariantCulture)})", colors[c]));
                }
                string how = options.Scale switch
                {
                    MapScale.Quantiles => "quantile classes (R's type 7 quantiles)",
                    MapScale.EqualInterval => "equal-interval classes",
                    _ => "natural breaks (Jenks, exact optimum)",
                };
                string count = classes.Count == options.Classes
                    ? classes.Count.ToString(CultureInfo.InvariantCulture)
                    : string.Create(CultureInfo.InvariantCulture, $"{classes.Count} (of {options.Classes} asked: the values allow no more distinct breaks)");
                notes.Add($"Classes: {count} {how}, each from above the previous bound to its own; regions per class in brackets.");
                break;
            }
        }

        var noData = all.Where((_, i) => values[i] is null).Select(a => a.Label ?? a.Id).ToList();
        if (noData.Count > 0)
        {
            legend.Add(("no data", NoDataColor));
            notes.Add("No data: " + string.Join(", ", noData) + ".");
        }

        var layer = AddRegions(plot, all.Select(a => (a.Id, a.Geometry, a.Label ?? a.Id)).ToList(), fill, options.Projection, options.ShowLabels, notes);
        if (colormap is not null)
        {
            layer.Colormap = colormap;
            layer.ColorRange = range;
        }
        colorBar?.Invoke(layer);
        AddMapLegend(plot, legend, colorBar is null ? options.ValueTitle : null);
        AddFootnote(plot, JoinNotes(string.Join(" ", notes), options.Footnote), MapFootnoteColumns);
        return Finish(plot, fonts);
    }

    /// <summary>The colour bar of location quotients: ticks at powers of 2 labelled in LQ values (1/4, 1/2, 1, 2, 4).</summary>
    private static void LqColorBar(Plot plot, ScottPlot.Panels.ColorBar colorBar, string label, double extent)
    {
        colorBar.Label = label;
        var stops = Enumerable.Range(-(int)extent, 2 * (int)extent + 1).Select(k => (double)k).ToArray();
        colorBar.Axis.TickGenerator = ManualTicks(plot, stops, [.. stops.Select(k => k >= 0
            ? FormatNumber(Math.Pow(2, k))
            : "1/" + Math.Pow(2, -k).ToString("0", CultureInfo.InvariantCulture))]);
    }

    /// <summary>k colours along the sequential ramp, from light (low) to dark (high).</summary>
    private static Color[] ClassColors(int k)
    {
        var ramp = new ScottPlot.Colormaps.CustomInterpolated(SequentialColors);
        return [.. Enumerable.Range(0, k).Select(c => ramp.GetColor(k == 1 ? 0.5 : c / (double)(k - 1)))];
    }

    /// <summary>
    /// The legend text of each class, "lower – upper": compact as <see cref="FormatNumber"/> writes numbers ("2.6 bn")
    /// when that keeps every bound apart, else with the fewest decimals that do, so no two different bounds read the same.
    /// </summary>
    private static string[] ClassBoundText(MapClasses classes)
    {
        var bounds = classes.Lower.Concat(classes.Upper).Distinct().ToArray();
        Func<double, string> text = FormatNumber;
        if (bounds.Select(FormatNumber).Distinct().Count() < bounds.Length)
        {
            int decimals = 0;
            while (decimals < 12 && bounds.Select(b => Fixed(b, decimals)).Distinct().Count() < bounds.Length) decimals++;
            text = v => Fixed(v, decimals);
        }
        return [.. Enumerable.Range(0, classes.Count).Select(c => classes.Lower[c] == classes.Upper[c]
            ? text(classes.Upper[c])
            : $"{text(classes.Lower[c])} – {text(classes.Upper[c])}")];

        static string Fixed(double v, int decimals) => v.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A legend of filled squares, outside the map on the right, under an optional title.</summary>
    private static void AddMapLegend(Plot plot, List<(string Text, Color Fill)> entries, string? title)
    {
        if (entries.Count == 0) return;
        if (!string.IsNullOrWhiteSpace(title))
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = title, FillColor = Colors.Transparent, OutlineColor = Colors.Transparent });
        foreach (var (text, color) in entries)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = text, FillColor = color, OutlineColor = Color.FromHex("#999999"), OutlineWidth = 0.5f });
        plot.ShowLegend(Edge.Right);
    }

    /// <summary>
    /// Projects the regions, adds them as one <see cref="MapLayer"/> with the fill of each, hides the axes, keeps x
    /// and y at one scale and notes the projection.
    /// </summary>
    private static MapLayer AddRegions(Plot plot, List<(string Id, Geometry Geometry, string Label)> regions, Func<int, Color> fill, MapProjection? projection, bool labels, List<string> notes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, geometry, _) in regions)
        {
            if (!seen.Add(id)) MapThrow.MapDuplicateRegion(id);
            if (geometry is null || geometry.IsEmpty || geometry is not (Polygon or MultiPolygon))
                MapThrow.MapGeometry(id, geometry?.GeometryType ?? "missing");
        }
        if (projection is null)
        {
            var envelope = new Envelope();
            foreach (var (_, geometry, _) in regions) envelope.ExpandToInclude(geometry.EnvelopeInternal);
            projection = MapProjection.ForExtent(envelope.MinX, envelope.MaxX, envelope.MinY, envelope.MaxY);
        }

        var factory = NetTopologySuite.NtsGeometryServices.Instance.CreateGeometryFactory();
        var shapes = new List<MapLayer.Shape>(regions.Count);
        for (int i = 0; i < regions.Count; i++)
        {
            var (id, geometry, label) = regions[i];
            var rings = new List<Coordinates[]>();
            Polygon? largest = null;
            for (int p = 0; p < geometry.NumGeometries; p++)
            {
                var polygon = (Polygon)geometry.GetGeometryN(p);
                var projected = new List<LinearRing>();
                foreach (var ring in new[] { polygon.Shell }.Concat(polygon.Holes))
                {
                    var points = ring.Coordinates.Select(c => projection.Project(c.X, c.Y, id)).ToArray();
                    rings.Add([.. points.Select(q => new Coordinates(q.X, q.Y))]);
                    if (points.Length >= 4)
                        projected.Add(factory.CreateLinearRing([.. points.Select(q => new Coordinate(q.X, q.Y))]));
                }
                if (projected.Count == 0) continue;
                var shell = factory.CreatePolygon(projected[0], [.. projected.Skip(1)]);
                if (largest is null || shell.Area > largest.Area) largest = shell;
            }
            var xs = rings.SelectMany(r => r).Select(c => c.X).ToList();
            var ys = rings.SelectMany(r => r).Select(c => c.Y).ToList();
            var at = largest is null ? new Coordinates(xs.Average(), ys.Average()) : InteriorPoint(largest);
            var box = largest is null
                ? new AxisLimits(xs.Min(), xs.Max(), ys.Min(), ys.Max())
                : new AxisLimits(largest.EnvelopeInternal.MinX, largest.EnvelopeInternal.MaxX, largest.EnvelopeInternal.MinY, largest.EnvelopeInternal.MaxY);
            shapes.Add(new MapLayer.Shape(id, [.. rings], fill(i), labels ? label : null, at, box) { LabelPolygon = largest });
        }

        var layer = new MapLayer(shapes);
        plot.Add.Plottable(layer);
        var limits = layer.GetAxisLimits();
        double padX = (limits.Right - limits.Left) * 0.03, padY = (limits.Top - limits.Bottom) * 0.03;
        plot.Axes.SetLimits(limits.Left - padX, limits.Right + padX, limits.Bottom - padY, limits.Top + padY);
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Right, plot.Axes.Top, plot.Axes.Bottom })
        {
            axis.TickGenerator = new NumericManual();
            axis.FrameLineStyle.Width = 0;
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
        }
        plot.Grid.IsVisible = false;
        plot.Axes.SquareUnits();
        PlotText.Remember(plot, shapes.Where(s => s.Label is not null).Select(s => s.Label!));
        notes.Add($"Projection: {projection.Description}.");
        return layer;
    }

    private static Coordinates InteriorPoint(Polygon polygon)
    {
        var point = polygon.InteriorPoint;
        return point is null || point.IsEmpty ? new Coordinates(polygon.Centroid.X, polygon.Centroid.Y) : new Coordinates(point.X, point.Y);
    }
}
