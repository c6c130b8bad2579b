using System.Globalization;
using ClusterStats.Indices;
using ClusterStats.Internal;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace ClusterStats.Plotting;

/// <summary>
/// Charts of clusters and regional indices, drawn with ScottPlot. Every method returns a <see cref="Plot"/> that can
/// still be adjusted (colours, limits, extra plottables) and then saved with <see cref="ChartOutput"/>. The font for
/// Chinese, Japanese and Korean labels is chosen by <see cref="ChartFontResolver.Default"/> (or the resolver passed in)
/// and applied to every label; Latin-only charts keep ScottPlot's default font.
/// </summary>
public static partial class Charts
{
    /// <summary>The fill colour of the focal cluster's bar or bubble.</summary>
    public static readonly Color FocalColor = Color.FromHex("#C8453B");

    /// <summary>The fill colour of the other clusters' bars and bubbles.</summary>
    public static readonly Color PeerColor = Color.FromHex("#6A8CAF");

    private static readonly Color InkColor = Color.FromHex("#333333");
    private static readonly Color FootnoteColor = Color.FromHex("#666666");

    private static readonly Color[] SourceColors =
        [.. new[] { "#1F77B4", "#FF7F0E", "#2CA02C", "#9467BD", "#8C564B", "#E377C2", "#17BECF", "#BCBD22" }.Select(Color.FromHex)];

    private static readonly MarkerShape[] SourceShapes =
        [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleDown];

    /// <summary>
    /// A horizontal bar chart comparing one figure across clusters: bars sorted with the largest on top, the focal
    /// cluster highlighted, each bar labelled with its value and unit, a whisker from <see cref="BarItem.Low"/> to
    /// <see cref="BarItem.High"/> where sources disagree, and an optional source footnote under the chart.
    /// </summary>
    /// <param name="items">One bar per cluster (at least one; values finite and non-negative).</param>
    /// <param name="title">The chart title.</param>
    /// <param name="unit">The unit drawn after each value and on the axis, e.g. "pairs" or "CNY".</param>
    /// <param name="footnote">Sources and notes drawn under the chart; null for none.</param>
    /// <param name="fonts">The font resolver; <see cref="ChartFontResolver.Default"/> when null.</param>
    /// <exception cref="MissingGlyphsException">When no font can draw the labels.</exception>
    public static Plot Comparison(IEnumerable<BarItem> items, string title, string unit, string? footnote = null, ChartFontResolver? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(unit);
        var sorted = NonEmpty(items, nameof(items), "comparison", "bar").OrderBy(i => i.Value).ToList();
        foreach (var item in sorted)
        {
            RequireFinite(item.Value, item.Label);
            if (item.Value < 0) ThrowHelper.NegativeBar(item.Label);
        }

        var plot = NewPlot(title);
        var bars = sorted.Select((item, i) => new Bar
        {
            Position = i,
            Value = item.Value,
            ValueBase = 0,
            Size = 0.7,
            FillColor = (item.IsFocal ? FocalColor : PeerColor).WithAlpha(item.IsFaded ? 0.3 : 1.0),
            LineWidth = 0,
            Orientation = Orientation.Horizontal,
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;

        var ranged = sorted.Select((item, i) => (item, i)).Where(x => x.item.Low.HasValue || x.item.High.HasValue).ToList();
        if (ranged.Count > 0)
        {
            var errors = plot.Add.ErrorBar(
                ranged.Select(x => x.item.Value).ToList(), ranged.Select(x => (double)x.i).ToList(), ranged.Select(_ => 0.0).ToList());
            errors.XErrorPositive = ranged.Select(x => Math.Max(0, (x.item.High ?? x.item.Value) - x.item.Value)).ToList();
            errors.XErrorNegative = ranged.Select(x => Math.Max(0, x.item.Value - (x.item.Low ?? x.item.Value))).ToList();
            errors.YErrorPositive = ranged.Select(_ => 0.0).ToList();
            errors.YErrorNegative = ranged.Select(_ => 0.0).ToList();
            errors.LineColor = InkColor;
            errors.LineWidth = 1.5f;
            errors.CapSize = 8;
            errors.LegendText = "range of sources";
        }

        double reach = sorted.Max(i => Math.Max(i.Value, i.High ?? i.Value));
        for (int i = 0; i < sorted.Count; i++)
        {
            var item = sorted[i];
            var text = plot.Add.Text(item.ValueText ?? FormatValue(item.Value, unit), Math.Max(item.Value, item.High ?? item.Value), i);
            text.LabelAlignment = Alignment.MiddleLeft;
            text.LabelOffsetX = 6;
            text.LabelFontSize = 13;
            text.LabelFontColor = InkColor;
            text.LabelBold = item.IsFocal;
        }

        plot.Axes.Left.TickGenerator = ManualTicks(plot, [.. sorted.Select((_, i) => (double)i)], [.. sorted.Select(i => i.Label)]);
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = v => FormatNumber(v), TickDensity = 0.6 };
        plot.Axes.Bottom.Label.Text = unit;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        // Room right of each bar for its label (about 1.9 % of the widest bar per character at the default size).
        double right = sorted.Max(i => Math.Max(i.Value, i.High ?? i.Value) + reach * 0.019 * (i.ValueText ?? FormatValue(i.Value, unit)).Length);
        plot.Axes.SetLimits(0, Math.Max(reach * 1.32, right), -0.6, sorted.Count - 0.4);
        if (ranged.Count > 0) plot.ShowLegend(Alignment.LowerRight);
        AddFootnote(plot, footnote);
        return Finish(plot, fonts);
    }

    /// <summary>
    /// A time series of one figure of a cluster across years and sources: one marker per source and year, a shaded
    /// band from the lowest to the highest actual figure of each year where sources disagree, and plan targets drawn
    /// distinctly (hollow diamonds joined by a dashed line to the latest actual figure).
    /// </summary>
    /// <param name="points">The figures (at least one).</param>
    /// <param name="title">The chart title.</param>
    /// <param name="unit">The unit of the values, drawn on the y axis.</param>
    /// <param name="footnote">Sources and notes drawn under the chart; null for none.</param>
    /// <param name="fonts">The font resolver; <see cref="ChartFontResolver.Default"/> when null.</param>
    /// <exception cref="MissingGlyphsException">When no font can draw the labels.</exception>
    public static Plot TimeSeries(IEnumerable<SeriesPoint> points, string title, string unit, string? footnote = null, ChartFontResolver? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(unit);
        var all = NonEmpty(points, nameof(points), "time series", "point");
        foreach (var p in all) RequireFinite(p.Value, $"{p.Source} {p.Year.ToString(CultureInfo.InvariantCulture)}");

        var plot = NewPlot(title);
        var actual = all.Where(p => !p.IsTarget).ToList();
        var disputed = actual.GroupBy(p => p.Year)
            .Select(g => (Year: g.Key, Low: g.Min(p => p.Value), High: g.Max(p => p.Value)))
            .Where(y => y.High > y.Low).OrderBy(y => y.Year).ToList();
        foreach (var (year, low, high) in disputed)
        {
            var band = plot.Add.Rectangle(year - 0.3, year + 0.3, low, high);
            band.FillColor = PeerColor.WithAlpha(0.25);
            band.LineWidth = 0;
            band.LegendText = year == disputed[0].Year ? "range of sources" : "";
        }

        // Points of one year sit side by side, so that equal values of different sources stay visible.
        var slot = new Dictionary<SeriesPoint, double>(ReferenceEqualityComparer.Instance);
        foreach (var year in actual.GroupBy(p => p.Year))
        {
            var inYear = year.ToList();
            for (int k = 0; k < inYear.Count; k++) slot[inYear[k]] = year.Key + (k - (inYear.Count - 1) / 2.0) * 0.12;
        }
        var sources = actual.Select(p => p.Source).Distinct(StringComparer.Ordinal).ToList();
        for (int s = 0; s < sources.Count; s++)
        {
            var mine = actual.Where(p => p.Source == sources[s]).OrderBy(p => p.Year).ToList();
            double[] xs = [.. mine.Select(p => slot[p])], ys = [.. mine.Select(p => p.Value)];
            var scatter = plot.Add.ScatterPoints(xs, ys, SourceColors[s % SourceColors.Length]);
            scatter.MarkerShape = SourceShapes[s % SourceShapes.Length];
            scatter.MarkerSize = 11;
            scatter.LegendText = sources[s];
        }

        var targets = all.Where(p => p.IsTarget).OrderBy(p => p.Year).ToList();
        if (targets.Count > 0)
        {
            if (actual.Count > 0)
            {
                int lastYear = actual.Max(p => p.Year);
                var last = actual.Where(p => p.Year == lastYear).ToList();
                double from = last.Average(p => p.Value);
                foreach (var t in targets)
                {
                    var line = plot.Add.Line(lastYear, from, t.Year, t.Value);
                    line.LineColor = FocalColor;
                    line.LinePattern = LinePattern.Dashed;
                    line.LineWidth = 1.5f;
                    line.MarkerSize = 0;
                }
            }
            double[] tx = [.. targets.Select(p => (double)p.Year)], ty = [.. targets.Select(p => p.Value)];
            var marks = plot.Add.ScatterPoints(tx, ty, FocalColor);
            marks.MarkerShape = MarkerShape.OpenDiamond;
            marks.MarkerSize = 14;
            marks.MarkerLineWidth = 2;
            marks.LegendText = targets.Select(t => t.Source).Distinct(StringComparer.Ordinal).Count() == 1
                ? $"plan target ({targets[0].Source})"
                : "plan target";
        }

        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = v => v.ToString("0", CultureInfo.InvariantCulture) };
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = v => FormatNumber(v), TickDensity = 0.5 };
        plot.Axes.Left.Label.Text = unit;
        int minYear = all.Min(p => p.Year), maxYear = all.Max(p => p.Year);
        double top = all.Max(p => p.Value);
        // Headroom for the legend in the upper left, about 20 px per entry of a ~430 px high data area, so that it
        // never covers a point.
        int entries = sources.Count + (targets.Count > 0 ? 1 : 0) + (disputed.Count > 0 ? 1 : 0);
        double legendShare = Math.Min(0.6, (entries * 20 + 16) / 430.0);
        plot.Axes.SetLimits(minYear - 0.6, maxYear + 0.6, 0, top * Math.Max(1.15, 1.05 / (1 - legendShare)));
        plot.ShowLegend(Alignment.UpperLeft);
        AddFootnote(plot, footnote);
        return Finish(plot, fonts);
    }

    /// <summary>
    /// A bubble chart of clusters: firms on the x axis, output value on the y axis (both logarithmic unless
    /// <paramref name="logAxes"/> is false), bubble area proportional to pairs per year, each bubble labelled.
    /// </summary>
    /// <param name="items">One bubble per cluster (at least one; firms and output value positive on log axes).</param>
    /// <param name="title">The chart title.</param>
    /// <param name="outputUnit">The currency or unit of the output value, drawn on the y axis, e.g. "CNY".</param>
    /// <param name="footnote">Sources and notes drawn under the chart; null for none.</param>
    /// <param name="logAxes">True (default) for log10 axes: clusters differ by orders of magnitude.</param>
    /// <param name="fonts">The font resolver; <see cref="ChartFontResolver.Default"/> when null.</param>
    /// <exception cref="MissingGlyphsException">When no font can draw the labels.</exception>
    public static Plot Bubbles(IEnumerable<BubbleItem> items, string title, string outputUnit, string? footnote = null, bool logAxes = true, ChartFontResolver? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(outputUnit);
        var all = NonEmpty(items, nameof(items), "bubble", "bubble");
        foreach (var b in all)
        {
            RequireFinite(b.Firms, b.Label);
            RequireFinite(b.OutputValue, b.Label);
            RequireFinite(b.Pairs, b.Label);
            if (logAxes && (b.Firms <= 0 || b.OutputValue <= 0))
                ThrowHelper.BubbleNotPositive(b.Label);
            if (b.Pairs < 0) ThrowHelper.BubbleNegativePairs(b.Label);
        }

        var plot = NewPlot(title);
        double Tx(double v) => logAxes ? Math.Log10(v) : v;
        const float maxDiameter = 70, minDiameter = 8;
        double maxPairs = Math.Max(all.Max(b => b.Pairs), double.Epsilon);
        foreach (var b in all.OrderByDescending(b => b.Pairs))
        {
            float diameter = Math.Max(minDiameter, (float)(maxDiameter * Math.Sqrt(b.Pairs / maxPairs)));
            var color = b.IsFocal ? FocalColor : PeerColor;
            var marker = plot.Add.Marker(Tx(b.Firms), Tx(b.OutputValue), MarkerShape.FilledCircle, diameter, color.WithAlpha(b.IsFaded ? 0.15 : 0.55));
            marker.MarkerLineColor = b.IsFaded ? color.WithAlpha(0.3) : color;
            marker.MarkerLineWidth = 1.5f;
            var label = plot.Add.Text(b.Label, Tx(b.Firms), Tx(b.OutputValue));
            label.LabelAlignment = Alignment.LowerLeft;
            label.LabelOffsetX = diameter / 2 * 0.75f;
            label.LabelOffsetY = -diameter / 2 * 0.75f;
            label.LabelFontSize = 13;
            label.LabelBold = b.IsFocal;
            label.LabelFontColor = b.IsFaded ? InkColor.WithAlpha(0.45) : InkColor;
        }

        Func<double, string> format = logAxes ? v => FormatNumber(Math.Pow(10, v)) : v => FormatNumber(v);
        plot.Axes.Bottom.TickGenerator = Ticks(logAxes, format);
        plot.Axes.Left.TickGenerator = Ticks(logAxes, format);
        plot.Axes.Bottom.Label.Text = "firms" + (logAxes ? " (log scale)" : "");
        plot.Axes.Left.Label.Text = "output value, " + outputUnit + (logAxes ? " (log scale)" : "");
        double x0 = all.Min(b => Tx(b.Firms)), x1 = all.Max(b => Tx(b.Firms));
        double y0 = all.Min(b => Tx(b.OutputValue)), y1 = all.Max(b => Tx(b.OutputValue));
        double padX = Math.Max((x1 - x0) * 0.15, logAxes ? 0.3 : Math.Abs(x1) * 0.2 + 1);
        double padY = Math.Max((y1 - y0) * 0.15, logAxes ? 0.3 : Math.Abs(y1) * 0.2 + 1);
        (double left, double right, double bottom, double top) = (x0 - padX, x1 + padX * 2.2, y0 - padY, y1 + padY);
        // Log axes label whole decades only: extend each axis to the decades around it (a little beyond, so that the
        // end labels are drawn whole), so that even one bubble, or clusters within one decade, can be read off
        // labelled ticks. The room for the labels on the right is kept.
        const double margin = 0.05;
        if (logAxes)
            (left, right, bottom, top) = (Math.Floor(x0 - padX) - margin, Math.Max(Math.Ceiling(x1 + padX), right) + margin, Math.Floor(bottom) - margin, Math.Ceiling(top) + margin);
        plot.Axes.SetLimits(left, right, bottom, top);
        AddFootnote(plot, JoinNotes("Bubble area is proportional to pairs per year.", footnote));
        return Finish(plot, fonts);
    }

    /// <summary>
    /// A heatmap of location quotients, regions (rows) by industries (columns), on a diverging scale centred at 1:
    /// colour follows log2(LQ), so 0.5 and 2 are equally far from the neutral white at 1; blue below 1, red above.
    /// The colour bar is labelled in LQ values; undefined cells (NaN) are grey; each cell shows its value.
    /// </summary>
    /// <param name="lq">Location quotients from <see cref="RegionalIndices.LocationQuotient"/> (NaN = undefined).</param>
    /// <param name="title">The chart title.</param>
    /// <param name="footnote">Sources and notes drawn under the chart; null for none.</param>
    /// <param name="fonts">The font resolver; <see cref="ChartFontResolver.Default"/> when null.</param>
    /// <exception cref="MissingGlyphsException">When no font can draw the labels.</exception>
    public static Plot LqHeatmap(RegionIndustryValues lq, string title, string? footnote = null, ChartFontResolver? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(lq);
        ArgumentNullException.ThrowIfNull(title);
        return LqHeatmap(lq.Regions, lq.Industries, lq.ToArray(), title, footnote, fonts);
    }

    /// <summary>
    /// A heatmap of location quotients from a plain array: <paramref name="lq"/>[r, i] is region r in industry i
    /// (NaN = missing). See <see cref="LqHeatmap(RegionIndustryValues, string, string?, ChartFontResolver?)"/>.
    /// </summary>
    /// <exception cref="MissingGlyphsException">When no font can draw the labels.</exception>
    public static Plot LqHeatmap(IReadOnlyList<string> regions, IReadOnlyList<string> industries, double[,] lq, string title, string? footnote = null, ChartFontResolver? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(industries);
        ArgumentNullException.ThrowIfNull(lq);
        ArgumentNullException.ThrowIfNull(title);
        int rows = regions.Count, cols = industries.Count;
        if (rows == 0 || cols == 0 || lq.GetLength(0) != rows || lq.GetLength(1) != cols)
            ThrowHelper.LqShape(lq.GetLength(0), lq.GetLength(1), rows, cols);

        var logs = new double[rows, cols];
        double extent = 1; // at least 0.5..2
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
            {
                double v = lq[r, c];
                if (double.IsNaN(v)) { logs[r, c] = double.NaN; continue; }
                if (v < 0 || double.IsInfinity(v)) ThrowHelper.LqInvalid(regions[r], industries[c], v);
                logs[r, c] = Math.Log2(Math.Max(v, 1.0 / 64));
                extent = Math.Max(extent, Math.Abs(logs[r, c]));
            }
        bool anyDefined = false;
        foreach (var v in logs) anyDefined |= !double.IsNaN(v);
        if (!anyDefined) ThrowHelper.NoLqDefined();
        extent = Math.Min(Math.Ceiling(extent), 6);

        var plot = NewPlot(title);
        var heatmap = plot.Add.Heatmap(logs);
        heatmap.Colormap = DivergingColormap;
        heatmap.ManualRange = new ScottPlot.Range(-extent, extent);
        heatmap.NaNCellColor = NoDataColor;
        heatmap.Rectangle = new CoordinateRect(0, cols, 0, rows);

        if (rows * cols <= 150)
        {
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < cols; c++)
                {
                    string shown = double.IsNaN(lq[r, c]) ? "–" : lq[r, c] < 0.005 ? "<0.01" : lq[r, c].ToString("0.00", CultureInfo.InvariantCulture);
                    var cell = plot.Add.Text(shown, c + 0.5, rows - r - 0.5);
                    cell.LabelAlignment = Alignment.MiddleCenter;
                    cell.LabelFontSize = 12;
                    cell.LabelFontColor = Math.Abs(logs[r, c]) > extent * 0.6 ? Colors.White : InkColor;
                }
        }

        LqColorBar(plot, plot.Add.ColorBar(heatmap, Edge.Right), "location quotient", extent);

        plot.Axes.Left.TickGenerator = ManualTicks(plot, [.. regions.Select((_, r) => rows - r - 0.5)], [.. regions]);
        plot.Axes.Bottom.TickGenerator = ManualTicks(plot, [.. industries.Select((_, c) => c + 0.5)], [.. industries]);
        int longest = industries.Max(i => i.Sum(ch => ch >= '\u2E80' ? 2 : 1));
        if (longest * 7.5 > 560.0 / cols)
        {
            // Labels wider than their column would overlap: slant them and make room under the axis.
            plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            plot.Axes.Bottom.MinimumSize = (float)(longest * 7.5 * 0.5 + 20);
        }
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Grid.IsVisible = false;
        plot.Axes.SetLimits(0, cols, 0, rows);
        AddFootnote(plot, footnote);
        return Finish(plot, fonts);
    }

    /// <summary>
    /// Grouped bars of shift-share components per region (national share, industry mix, regional shift), with the
    /// total change of each region marked by a black diamond.
    /// </summary>
    /// <param name="rows">One row per region (at least one; finite values).</param>
    /// <param name="title">The chart title.</param>
    /// <param name="unit">The unit of the change, drawn on the y axis, e.g. "persons".</param>
    /// <param name="footnote">Sources and notes drawn under the chart; null for none.</param>
    /// <param name="fonts">The font resolver; <see cref="ChartFontResolver.Default"/> when null.</param>
    /// <exception cref="MissingGlyphsException">When no font can draw the labels.</exception>
    public static Plot ShiftShare(IEnumerable<ShiftShareRow> rows, string title, string unit, string? footnote = null, ChartFontResolver? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(unit);
        var all = NonEmpty(rows, nameof(rows), "shift-share", "region");
        return ShiftShareBars(
            ["national share", "industry mix", "regional shift"],
            [.. all.Select(r => (r.Region, new[] { r.NationalShare, r.IndustryMix, r.RegionalShift }, r.Total))],
            title, unit, footnote, fonts);
    }

    /// <summary>
    /// Grouped bars of the additive components of a shift-share decomposition per region, in the order of
    /// <see cref="ShiftShareResult.ComponentNames"/> (Dunn: national share, industry mix, regional shift;
    /// Esteban-Marquillas: the regional shift split into homothetic shift and allocation effect), with each region's
    /// growth (end minus base value, the sum of the components) marked by a black diamond. The sums growth and
    /// net_total_shift are not drawn as bars.
    /// </summary>
    /// <param name="result">The decomposition, from <see cref="RegionalIndices.ShiftShare"/> (Dunn or Esteban-Marquillas).</param>
    /// <param name="title">The chart title.</param>
    /// <param name="unit">The unit of the panel's values, drawn on the y axis, e.g. "persons".</param>
    /// <param name="footnote">Sources and notes drawn under the chart; null for none.</param>
    /// <param name="fonts">The font resolver; <see cref="ChartFontResolver.Default"/> when null.</param>
    /// <exception cref="ClusterStatsException">When the decomposition is Gerfin's (its factors are ratios, not additive) or has no region.</exception>
    /// <exception cref="MissingGlyphsException">When no font can draw the labels.</exception>
    public static Plot ShiftShare(ShiftShareResult result, string title, string unit, string? footnote = null, ChartFontResolver? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(unit);
        if (result.Method == ShiftShareMethod.Gerfin)
            ThrowHelper.ShiftShareChartOfRatios();
        if (result.Regions.Count == 0) ThrowHelper.EmptyChart<int>("shift-share", "region");
        var drawn = result.ComponentNames.Where(n => n is not ("growth" or "net_total_shift")).ToArray();
        return ShiftShareBars(
            [.. drawn.Select(n => n.Replace('_', ' '))],
            [.. result.Regions.Select(r => (r.Region, drawn.Select(n => r[n]).ToArray(), r["growth"]))],
            title, unit, footnote, fonts);
    }

    private static readonly Color[] ComponentColors = [.. new[] { "#8DA0CB", "#66C2A5", "#FC8D62", "#E78AC3" }.Select(Color.FromHex)];

    private static Plot ShiftShareBars(string[] names, (string Region, double[] Values, double Total)[] rows, string title, string unit, string? footnote, ChartFontResolver? fonts)
    {
        foreach (var row in rows)
        {
            foreach (var v in row.Values) RequireFinite(v, row.Region);
            RequireFinite(row.Total, row.Region);
        }

        var plot = NewPlot(title);
        double group = names.Length + 1; // the bars and a gap
        for (int c = 0; c < names.Length; c++)
        {
            var bars = rows.Select((row, i) => new Bar
            {
                Position = i * group + c,
                Value = row.Values[c],
                ValueBase = 0,
                Size = 0.9,
                FillColor = ComponentColors[c % ComponentColors.Length],
                LineWidth = 0,
            }).ToList();
            var barPlot = plot.Add.Bars(bars);
            barPlot.LegendText = names[c];
        }
        double centre = (names.Length - 1) / 2.0;
        double[] centres = [.. rows.Select((_, i) => i * group + centre)], sums = [.. rows.Select(r => r.Total)];
        var totals = plot.Add.ScatterPoints(centres, sums, Colors.Black);
        totals.MarkerShape = MarkerShape.FilledDiamond;
        totals.MarkerSize = 10;
        totals.LegendText = "total change";
        var zero = plot.Add.HorizontalLine(0, 1, InkColor);
        zero.ExcludeFromLegend = true;

        plot.Axes.Bottom.TickGenerator = ManualTicks(plot, centres, [.. rows.Select(r => r.Region)]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = v => FormatNumber(v) };
        plot.Axes.Left.Label.Text = "change, " + unit;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        double lo = Math.Min(0, rows.Min(r => Math.Min(r.Values.Min(), r.Total)));
        double hi = Math.Max(0, rows.Max(r => Math.Max(r.Values.Max(), r.Total)));
        double pad = (hi - lo) * 0.12 + double.Epsilon;
        plot.Axes.SetLimits(-1, (rows.Length - 1) * group + names.Length, lo - pad, hi + pad * 2.5);
        plot.ShowLegend(Alignment.UpperRight, Orientation.Horizontal);
        AddFootnote(plot, footnote);
        return Finish(plot, fonts);
    }

    /// <summary>
    /// A Lorenz curve with the line of equality, the area between them shaded, and the Gini coefficient in the legend.
    /// </summary>
    /// <param name="gini">The Gini coefficient and its curve, from <see cref="RegionalIndices.Gini"/> (weighted or not).</param>
    /// <param name="title">The chart title.</param>
    /// <param name="footnote">Sources and notes drawn under the chart; null for none.</param>
    /// <param name="fonts">The font resolver; <see cref="ChartFontResolver.Default"/> when null.</param>
    /// <exception cref="MissingGlyphsException">When no font can draw the labels.</exception>
    public static Plot Lorenz(GiniResult gini, string title, string? footnote = null, ChartFontResolver? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(gini);
        ArgumentNullException.ThrowIfNull(title);
        var plot = NewPlot(title);
        double[] xs = [.. gini.LorenzPoints.Select(p => p.Population)], ys = [.. gini.LorenzPoints.Select(p => p.Value)];
        var fill = plot.Add.FillY(xs, ys, xs);
        fill.FillColor = FocalColor.WithAlpha(0.12);
        fill.LineWidth = 0;
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.LineColor = InkColor;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LineWidth = 1.2f;
        diagonal.MarkerSize = 0;
        diagonal.LegendText = "line of equality";
        var line = plot.Add.ScatterLine(xs, ys, FocalColor);
        line.LineWidth = 2.5f;
        line.MarkerSize = gini.Count <= 40 ? 5 : 0;
        line.LegendText = $"Lorenz curve, Gini = {gini.Gini.ToString("0.000", CultureInfo.InvariantCulture)}";

        double[] tenths = [.. Enumerable.Range(0, 11).Select(k => k / 10.0)];
        string[] percents = [.. Enumerable.Range(0, 11).Select(k => (k * 10).ToString(CultureInfo.InvariantCulture) + "%")];
        plot.Axes.Bottom.TickGenerator = ManualTicks(plot, tenths, percents);
        plot.Axes.Left.TickGenerator = ManualTicks(plot, tenths, percents);
        var n = gini.Count.ToString(CultureInfo.InvariantCulture);
        plot.Axes.Bottom.Label.Text = gini.Weighted
            ? $"cumulative share of population ({n} classes, smallest mean first)"
            : $"cumulative share of regions (n = {n}, smallest first)";
        plot.Axes.Left.Label.Text = "cumulative share of total";
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.ShowLegend(Alignment.UpperLeft);
        AddFootnote(plot, footnote);
        return Finish(plot, fonts);
    }

    /// <summary>
    /// Formats a number compactly and culture-invariantly: "2.2 bn", "350 m", "6,000", "0.5".
    /// </summary>
    internal static string FormatNumber(double value)
    {
        double a = Math.Abs(value);
        var inv = CultureInfo.InvariantCulture;
        if (a >= 1e12) return (value / 1e12).ToString("0.##", inv) + " tn";
        if (a >= 1e9) return (value / 1e9).ToString("0.##", inv) + " bn";
        if (a >= 1e6) return (value / 1e6).ToString("0.##", inv) + " m";
        if (a >= 1000) return value.ToString("#,0", inv);
        if (a >= 1 || a == 0) return value.ToString("0.##", inv);
        return value.ToString("0.###", inv);
    }

    /// <summary>
    /// A data label: the value as tables write it (<see cref="FigurePrecision.Table"/>: four significant digits, "≈" in
    /// front where rounding changed it) with its unit, e.g. "2.2 billion pairs", "≈1.462 CNY/pair". Axis ticks, at round
    /// positions the axis chooses, use the compact <see cref="FormatNumber"/> instead.
    /// </summary>
    internal static string FormatValue(decimal value, string unit) =>
        FigureFormat.Number(value, FigurePrecision.Table) + (string.IsNullOrWhiteSpace(unit) ? "" : " " + unit);

    /// <inheritdoc cref="FormatValue(decimal, string)"/>
    internal static string FormatValue(double value, string unit) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e28 ? FormatValue((decimal)value, unit) : FormatNumber(value) + (string.IsNullOrWhiteSpace(unit) ? "" : " " + unit);

    /// <summary>The footnote's word on "≈" when a label was rounded, or null.</summary>
    internal static string? RoundingNote(IEnumerable<string> labels) =>
        labels.Any(l => l.Contains('≈', StringComparison.Ordinal)) ? "≈: rounded to 4 significant digits." : null;

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.Axes.Title.Label.FontSize = 18;
        plot.Axes.Title.Label.ForeColor = InkColor;
        plot.Legend.FontSize = 12;
        plot.Legend.OutlineColor = Color.FromHex("#BBBBBB");
        return plot;
    }

    private static Plot Finish(Plot plot, ChartFontResolver? fonts)
    {
        (fonts ?? ChartFontResolver.Default).Apply(plot);
        return plot;
    }

    /// <summary>
    /// Draws each line of the footnote under the chart, as the label of an otherwise invisible bottom axis; lines
    /// longer than <paramref name="columns"/> (a CJK character counts two) are broken at spaces. The line is centred
    /// under the data area, which long category labels push right, so 95 columns is what an 800-pixel chart shows whole.
    /// </summary>
    private static void AddFootnote(Plot plot, string? footnote, int columns = 95)
    {
        if (string.IsNullOrWhiteSpace(footnote)) return;
        foreach (var line in Wrap(footnote.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), columns))
        {
            var axis = plot.Axes.AddBottomAxis();
            axis.TickGenerator = new NumericManual();
            axis.FrameLineStyle.Width = 0;
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
            axis.LabelText = line;
            axis.LabelFontSize = 11;
            axis.LabelBold = false;
            axis.LabelFontColor = FootnoteColor;
        }
    }

    private static List<string> Wrap(IEnumerable<string> lines, int width)
    {
        var wrapped = new List<string>();
        foreach (var text in lines)
        {
            var line = new System.Text.StringBuilder();
            int columns = 0;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int w = word.Sum(c => c >= '\u2E80' ? 2 : 1);
                if (columns > 0 && columns + 1 + w > width)
                {
                    wrapped.Add(line.ToString());
                    line.Clear();
                    columns = 0;
                }
                if (columns > 0) { line.Append(' '); columns++; }
                line.Append(word);
                columns += w;
            }
            if (line.Length > 0) wrapped.Add(line.ToString());
        }
        return wrapped;
    }

    private static string? JoinNotes(string first, string? second) =>
        string.IsNullOrWhiteSpace(second) ? first : first + "\n" + second;

    private static ITickGenerator Ticks(bool log, Func<double, string> format) =>
        log
            ? new NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = format, MinorTickGenerator = new LogMinorTickGenerator() }
            : new NumericAutomatic { LabelFormatter = format };

    /// <summary>Fixed ticks whose labels the font resolver must see (ScottPlot fills NumericManual.Ticks only when rendering).</summary>
    private static NumericManual ManualTicks(Plot plot, double[] positions, string[] labels)
    {
        PlotText.Remember(plot, labels);
        return new NumericManual(positions, labels);
    }

    private static List<T> NonEmpty<T>(IEnumerable<T> items, string name, string chart, string item)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        var list = items.ToList();
        return list.Count == 0 ? ThrowHelper.EmptyChart<List<T>>(chart, item) : list;
    }

    private static void RequireFinite(double value, string what)
    {
        if (!double.IsFinite(value))
            ThrowHelper.ChartValueNotFinite(what, value);
    }
}
