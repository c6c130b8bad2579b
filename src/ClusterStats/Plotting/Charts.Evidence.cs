using System.Globalization;
using ClusterStats.Internal;
using ScottPlot;

namespace ClusterStats.Plotting;

public static partial class Charts
{
    /// <summary>
    /// The comparison bar chart of one metric of a <see cref="ClusterStats.Comparison"/>: the clusters with a value
    /// (<see cref="ClusterStats.Comparison.Series"/>), sorted with the largest on top, the focal cluster highlighted,
    /// labelled with the Chinese name where known (English otherwise), each value drawn with its unit and year
    /// ("≥" before a lower bound, "≤" before an upper bound, "about" before another value that is not exact, "≈" where
    /// the label rounds), whiskers over the range of the sources, and a footnote
    /// naming the sources of the values drawn, the year rule and the clusters without a value.
    /// </summary>
    /// <param name="comparison">The comparison, from <see cref="ClusterStats.Comparison.Create"/>.</param>
    /// <param name="metric">The metric, e.g. <c>pairs_per_year</c> or <c>output_value_per_pair</c>.</param>
    /// <param name="title">The chart title; null for the metric's Chinese and English name.</param>
    /// <param name="fonts">The font resolver; <see cref="ChartFontResolver.Default"/> when null.</param>
    /// <exception cref="ClusterStatsException">When the comparison has no such metric or no cluster has a value of it.</exception>
    /// <exception cref="MissingGlyphsException">When no font can draw the labels.</exception>
    public static Plot Comparison(Comparison comparison, string metric, string? title = null, ChartFontResolver? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(metric);
        RequireMetrics(comparison, metric);
        var bars = comparison.Series(metric);
        if (bars.Count == 0) ThrowHelper.NoBarValue(metric);
        var items = bars.Select(b => new BarItem(
            ClusterLabel(b.LabelZh, b.LabelEn),
            (double)b.Value,
            Low: b.Low is decimal low && low < b.Value ? (double)low : null,
            High: b.High is decimal high && high > b.Value ? (double)high : null,
            IsFocal: b.IsFocal,
            ValueText: QualifierSign(b) + FormatValue(b.Value, b.Unit) + (b.Year.IsKnown ? $" ({b.Year})" : ""))
        { IsFaded = IsStale(comparison, b.Age) }).ToList();
        var drawn = bars.Select(b => b.RegionId).ToHashSet(StringComparer.Ordinal);
        var notes = new List<string> { SourceLine(comparison, comparison.Rows.Where(r => drawn.Contains(r.RegionId)).Select(r => r[metric])) };
        notes.Add(YearRule(comparison) + " Whiskers: range over sources; ≥ / ≤: a bound." + (RoundingNote(items.Select(i => i.ValueText!)) is { } rounded ? " " + rounded : ""));
        // A value of another scope than the focal cluster's is drawn, but it is not ranked: say which and why.
        var focalScope = comparison.Rows.FirstOrDefault(r => r.IsFocal)?[metric] is { Point: not null } focalCell ? ComparisonBuilder.ScopeOf(focalCell) : null;
        var otherScopes = comparison.Rows.Where(r => drawn.Contains(r.RegionId) && !r.IsFocal)
            .Select(r => (Row: r, Scope: ComparisonBuilder.ScopeOf(r[metric])))
            .Where(x => !string.Equals(x.Scope, focalScope, StringComparison.Ordinal)).ToList();
        if (otherScopes.Count > 0)
            notes.Add("Another scope than " + ClusterLabel(comparison.Rows.First(r => r.IsFocal).LabelZh, comparison.Rows.First(r => r.IsFocal).LabelEn) + "'s, not ranked: "
                + string.Join("; ", otherScopes.Select(x => $"{ClusterLabel(x.Row.LabelZh, x.Row.LabelEn)} ({x.Scope ?? "the plain meaning"})")) + ".");
        if (bars.Any(b => IsStale(comparison, b.Age)))
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Faded: more than {ComparisonOptions.StaleYears} years older than {comparison.Focal}'s year, not ranked."));
        var missing = comparison.Rows.Where(r => !drawn.Contains(r.RegionId)).Select(r => ClusterLabel(r.LabelZh, r.LabelEn)).ToList();
        if (missing.Count > 0) notes.Add($"No {metric} value in {bars[0].Unit}: {string.Join(", ", missing)}.");
        return Comparison(items, title ?? MetricTitle(metric), bars[0].Unit, string.Join('\n', notes), fonts);
    }

    /// <summary>
    /// The bubble chart of a <see cref="ClusterStats.Comparison"/>: firms (<c>firm_count</c>) against output value
    /// (<c>output_value</c>, in the comparison's currency) on log axes, bubble area proportional to pairs per year
    /// (<c>pairs_per_year</c>), for every cluster with all three values (<see cref="ClusterStats.Comparison.Bubbles"/>);
    /// the footnote names the sources, the years and the clusters left out. With the latest year of each
    /// (<see cref="ComparisonOptions.LatestOfEach"/>), a bubble resting on a value more than
    /// <see cref="ComparisonOptions.StaleYears"/> years older than the focal cluster's is drawn faded, as such bars are,
    /// and the footnote says so.
    /// </summary>
    /// <param name="comparison">The comparison, from <see cref="ClusterStats.Comparison.Create"/> with the default indicators.</param>
    /// <param name="title">The chart title; null for "企业数与产值 Firms and output value".</param>
    /// <param name="fonts">The font resolver; <see cref="ChartFontResolver.Default"/> when null.</param>
    /// <exception cref="ClusterStatsException">When the comparison lacks one of the three metrics or no cluster has all three.</exception>
    /// <exception cref="MissingGlyphsException">When no font can draw the labels.</exception>
    public static Plot Bubbles(Comparison comparison, string? title = null, ChartFontResolver? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        string[] metrics = [Indicator.FirmCount.Name, Indicator.OutputValue.Name, Indicator.PairsPerYear.Name];
        RequireMetrics(comparison, metrics);
        var bubbles = comparison.Bubbles();
        if (bubbles.Count == 0) ThrowHelper.NoBubbleValues();
        var items = bubbles.Select(b => new BubbleItem(ClusterLabel(b.LabelZh, b.LabelEn), (double)b.X, (double)b.Y, (double)b.Size, b.IsFocal) { IsFaded = IsStale(comparison, b.Age) });
        var drawn = bubbles.Select(b => b.RegionId).ToHashSet(StringComparer.Ordinal);
        var rows = comparison.Rows.Where(r => drawn.Contains(r.RegionId)).ToList();
        var cells = rows.SelectMany(r => metrics.Select(m => r[m])).ToList();
        var years = cells.SelectMany(c => c.Year.PlainLabels()).Order(StringComparer.Ordinal).ToList();
        var notes = new List<string> { SourceLine(comparison, cells) };
        if (years.Count > 0)
            notes.Add(comparison.Year is not null ? YearRule(comparison)
                : years[0] == years[^1] ? $"Values of {years[0]}." : $"Latest value of each cluster: years differ ({years[0]} to {years[^1]}).");
        if (bubbles.Any(b => IsStale(comparison, b.Age)))
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Faded: a value more than {ComparisonOptions.StaleYears} years older than {comparison.Focal}'s year, not ranked."));
        var left = comparison.Rows.Where(r => !drawn.Contains(r.RegionId)).Select(r => ClusterLabel(r.LabelZh, r.LabelEn)).ToList();
        if (left.Count > 0) notes.Add($"Left out, a value missing: {string.Join(", ", left)}.");
        return Bubbles(items, title ?? "企业数与产值 Firms and output value", bubbles[0].YUnit, string.Join('\n', notes), fonts: fonts);
    }

    /// <summary>
    /// The time series of one indicator of one cluster from cited figures: a marker per source and year (sources named
    /// by outlet and publication year), a band over the range of each year where sources disagree, and plan targets
    /// drawn distinctly. Only figures of one scope form a series (the most common scope; others are named in the
    /// footnote); undated figures and multi-year totals cannot be placed on a year axis: the footnote counts them.
    /// Figures of a part of a year (Q1, Jan-Sep) are not annual values, and suspicious or superseded figures are left
    /// out unless <paramref name="includeSuspicious"/>: the footnote names both.
    /// </summary>
    /// <param name="figures">The figures, e.g. <see cref="ReferenceData.Load"/>'s.</param>
    /// <param name="regionId">The cluster id, e.g. <c>xiaobeihe</c>.</param>
    /// <param name="indicator">The indicator, e.g. <see cref="Indicator.PairsPerYear"/>.</param>
    /// <param name="title">The chart title; null for the id and the indicator's Chinese and English name.</param>
    /// <param name="fonts">The font resolver; <see cref="ChartFontResolver.Default"/> when null.</param>
    /// <param name="includeSuspicious">Whether suspicious and superseded figures are drawn (default false: the footnote names them instead).</param>
    /// <exception cref="ClusterStatsException">When the id is unknown (the message lists the known ids), there is no dated figure of the indicator, or the figures are in more than one unit.</exception>
    /// <exception cref="MissingGlyphsException">When no font can draw the labels.</exception>
    public static Plot TimeSeries(FigureSet figures, string regionId, Indicator indicator, string? title = null, ChartFontResolver? fonts = null, bool includeSuspicious = false)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(regionId);
        figures.RequireRegion(regionId);
        var mine = figures.Where(regionId, indicator);
        var units = mine.Select(f => f.Quantity.Unit.Code).Distinct(StringComparer.Ordinal).ToList();
        if (units.Count > 1)
            ThrowHelper.SeriesUnits(indicator.Name, regionId, units);
        var dated = mine.Where(f => f.Year.IsKnown && !f.Year.IsRange).ToList();
        // Suspicious and superseded figures stay in tables, not in charts (unless asked for); a part of a year is not an annual value.
        List<Figure> doubted = includeSuspicious ? [] : [.. dated.Where(f => f.Status != FigureStatus.Ok)];
        var partial = dated.Where(f => f.Period is not null && !doubted.Contains(f)).ToList();
        dated = [.. dated.Where(f => !doubted.Contains(f) && f.Period is null)];
        if (dated.Count == 0)
            ThrowHelper.NoYearlyFigure(regionId, indicator.Name, includeSuspicious, mine.Count);

        // Figures of different scopes (all firms, firms above designated size) are not one series: draw the most
        // common scope (the unqualified one on a tie) and name the others.
        var scope = dated.GroupBy(f => f.Scope ?? "", StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Length).First().Key;
        var otherScopes = dated.Where(f => (f.Scope ?? "") != scope).ToList();
        dated = [.. dated.Where(f => (f.Scope ?? "") == scope)];

        var points = dated.Select(f => new SeriesPoint(f.Year.From!.Value, (double)f.Midpoint,
            ShortSource(f.Source.Publisher, f.Source.Title, f.Source.Published), f.IsTarget));
        var notes = new List<string> { "Each marker is one cited figure, named by outlet and publication year (the source's own year of reference on the axis)." };
        if (scope.Length > 0) notes.Add($"Scope: {scope}.");
        if (otherScopes.Count > 0)
            notes.Add($"{otherScopes.Count.ToString(CultureInfo.InvariantCulture)} figure(s) of other scopes not drawn: {string.Join("; ", otherScopes.Select(f => f.Scope ?? "unqualified").Distinct(StringComparer.Ordinal))}.");
        if (dated.Any(f => f.Year.IsApproximate))
            notes.Add("Approximate years (" + string.Join(", ", dated.Where(f => f.Year.IsApproximate).Select(f => f.Year.ToString()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) + ") drawn at the year stated.");
        var bounds = dated.Count(f => f.Qualifier is Qualifier.AtLeast or Qualifier.AtMost or Qualifier.Nearly);
        if (bounds > 0) notes.Add($"{bounds.ToString(CultureInfo.InvariantCulture)} bound(s) (at least, at most, nearly) drawn at the value stated.");
        var about = dated.Count(f => f.Qualifier == Qualifier.Approximately);
        if (about > 0) notes.Add($"{about.ToString(CultureInfo.InvariantCulture)} approximate figure(s) (about) drawn at the value stated.");
        var ranges = dated.Count(f => f.ValueHigh is not null);
        if (ranges > 0) notes.Add($"{ranges.ToString(CultureInfo.InvariantCulture)} range(s) (such as 三四万) drawn at their midpoint.");
        int undated = mine.Count(f => !f.Year.IsKnown || f.Year.IsRange);
        if (doubted.Count > 0) notes.Add("Not drawn: " + string.Join("; ", doubted.Select(f => $"{FigureFormat.ForPeople(f)} ({f.When}), {f.Status.ToCode()}")) + ".");
        if (partial.Count > 0) notes.Add("Not drawn, part of a year: " + string.Join("; ", partial.Select(f => $"{FigureFormat.ForPeople(f)} ({f.When})")) + ".");
        if (undated > 0) notes.Add($"{undated.ToString(CultureInfo.InvariantCulture)} undated or multi-year figure(s) not drawn.");
        return TimeSeries(points, title ?? $"{regionId}: {MetricTitle(indicator.Name)}", units[0], string.Join('\n', notes), fonts);
    }

    /// <summary>The metric's Chinese and English title, e.g. "袜子年产量 Pairs of socks per year"; the name with spaces for other metrics.</summary>
    public static string MetricTitle(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return MetricTitles.Bilingual(metric);
    }

    private static void RequireMetrics(Comparison comparison, params string[] metrics)
    {
        foreach (var metric in metrics)
            if (!comparison.Metrics.Contains(metric, StringComparer.Ordinal))
                ThrowHelper.UnknownMetric(metric, comparison.Metrics);
    }

    /// <summary>The Chinese name where known, else the English name without its parenthesised details.</summary>
    private static string ClusterLabel(string? zh, string en)
    {
        if (!string.IsNullOrWhiteSpace(zh)) return zh;
        int paren = en.IndexOf(" (", StringComparison.Ordinal);
        return paren > 0 ? en[..paren] : en;
    }

    // "≥ " before a lower bound, "≤ " before an upper bound (the range is open on the other side), "about " before any
    // other value that is not exact (about, or derived from an approximate figure), as the tables say it.
    private static string QualifierSign(ComparisonBar bar) => (bar.Low, bar.High) switch
    {
        (not null, null) => "≥ ",
        (null, not null) => "≤ ",
        _ when bar.Qualifier != Qualifier.Exact => "about ",
        _ => "",
    };

    private static bool IsStale(Comparison comparison, int? age) => comparison.Year is null && age > ComparisonOptions.StaleYears;

    private static string YearRule(Comparison comparison) => comparison.Year is int year
        ? string.Create(CultureInfo.InvariantCulture, $"Values for {year} (one year away where the year is approximate).")
        : "Latest year of each cluster, after each value.";

    /// <summary>"Sources: Xinhua 2025; China Daily 2022; ..." for the sources the cells cite, in the comparison's numbering.</summary>
    private static string SourceLine(Comparison comparison, IEnumerable<ComparisonCell> cells)
    {
        var used = cells.SelectMany(c => c.Sources).ToHashSet();
        var names = comparison.Sources.Where(s => used.Contains(s.Number))
            .Select(s => ShortSource(s.Publisher, s.Title, s.Published)).Distinct(StringComparer.Ordinal);
        return "Sources: " + string.Join("; ", names) + ".";
    }

    /// <summary>The outlet (publisher up to its first parenthesis or comma; the title when empty) and the publication year.</summary>
    private static string ShortSource(string publisher, string title, string? published)
    {
        var name = string.IsNullOrWhiteSpace(publisher) ? title : publisher;
        int cut = name.IndexOfAny(['(', ',', '（', '，']);
        if (cut > 0) name = name[..cut];
        name = name.Trim();
        // A generic description ("reprint", "personal blog") says little: add the start of the title.
        if (name.All(c => char.IsLower(c) || c == ' ')) name = $"{name}: {(title.Length > 16 ? title[..16] + "…" : title)}";
        if (name.Length > 48) name = name[..47].TrimEnd() + "…";
        return published is { Length: >= 4 } ? $"{name} {published[..4]}" : name;
    }
}
