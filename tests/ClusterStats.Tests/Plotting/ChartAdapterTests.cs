using System.Globalization;
using ClusterStats.Indices;
using ClusterStats.Plotting;
using ScottPlot;
using ScottPlot.Plottables;

namespace ClusterStats.Tests.Plotting;

/// <summary>The charts drawn straight from comparison, figure and index results.</summary>
public class ChartAdapterTests
{
    private static string AllText(Plot plot) => string.Join("\n", PlotText.Collect(plot).OfType<string>());

    [Test]
    public void Comparison_bars_are_the_series_with_labels_values_ranges_and_sources()
    {
        var comparison = ChartRecipes.XiaobeiheComparison();
        var series = comparison.Series("pairs_per_year");
        var plot = Charts.Comparison(comparison, "pairs_per_year");

        var bars = plot.GetPlottables().OfType<BarPlot>().Single().Bars;
        Assert.That(bars.Select(b => b.Value).Order(), Is.EqualTo(series.Select(b => (double)b.Value).Order()));
        Assert.That(bars.Where(b => b.FillColor == Charts.FocalColor).Select(b => b.Value), Is.EqualTo(new[] { (double)series.Single(b => b.IsFocal).Value }));

        var text = AllText(plot);
        // Chinese names where the region has one, the English name (without details) otherwise.
        Assert.That(text, Does.Contain("小北河镇").And.Contain("大唐街道 (诸暨)").And.Contain("Fort Payne"));
        var focal = series.Single(b => b.IsFocal);
        Assert.That(text, Does.Contain($"{Charts.FormatValue((double)focal.Value, "pairs")} ({focal.Year})"));
        // Xiaobeihe's sources disagree (2.2 bn in the seed article, 2.6 bn from Xinhua): one whisker spans them.
        Assert.That(focal.Low, Is.LessThan(focal.High!.Value));
        var whiskers = plot.GetPlottables().OfType<ErrorBar>().Single();
        Assert.That(whiskers.XErrorNegative, Does.Contain((double)(focal.Value - focal.Low!.Value)));
        // The footnote names the sources of the values drawn, and the clusters without a value.
        // Xinhua (2025-06-22) gives Xiaobeihe's 2.6 bn. The Huntsville Times' 7.2 bn pairs for Fort Payne (~2000) is
        // suspicious and not of 2024: it is not drawn, and Fort Payne is named among the clusters without a value.
        Assert.That(text, Does.Contain("Sources: ").And.Contain("Xinhua 2025").And.Not.Contain("Huntsville Times"));
        Assert.That(text, Does.Contain("No pairs_per_year value in pairs:").And.Contain("义乌").And.Contain("Fort Payne"));
    }

    [Test]
    public void A_metric_the_comparison_lacks_is_named_with_the_metrics_it_has()
    {
        var ex = Assert.Throws<UnknownMetricException>(() => Charts.Comparison(ChartRecipes.XiaobeiheComparison(), "socks_per_minute"));
        Assert.That(ex!.Message, Does.Contain("'socks_per_minute'").And.Contain("pairs_per_year").And.Contain("output_value_per_pair"));
        Assert.That(ex.KnownNames, Is.EqualTo(ChartRecipes.XiaobeiheComparison().Metrics));
        var near = Assert.Throws<UnknownMetricException>(() => Charts.Comparison(ChartRecipes.XiaobeiheComparison(), "pairs_per_yaer"));
        Assert.That(near!.Nearest, Is.EqualTo("pairs_per_year"));
        Assert.That(near.Message, Does.Contain("did you mean 'pairs_per_year'?"));
    }

    [Test]
    public void Bubbles_are_the_clusters_with_firms_output_and_pairs()
    {
        var comparison = ChartRecipes.XiaobeiheComparison();
        var bubbles = comparison.Bubbles();
        var plot = Charts.Bubbles(comparison);
        var markers = plot.GetPlottables().OfType<Marker>().ToList();
        Assert.That(markers, Has.Count.EqualTo(bubbles.Count));
        // Log axes: each marker sits at (log10 firms, log10 output value).
        Assert.That(markers.Select(m => (Math.Round(m.X, 9), Math.Round(m.Y, 9))),
            Is.EquivalentTo(bubbles.Select(b => (Math.Round(Math.Log10((double)b.X), 9), Math.Round(Math.Log10((double)b.Y), 9)))));
        Assert.That(AllText(plot), Does.Contain("Left out, a value missing:").And.Contain("Fort Payne"));
        // Xiaobeihe alone (226 firms, 3.8 bn CNY) lies within one decade on each axis: the axes still reach the
        // decades around it (100 to 1,000 firms, 1 bn to 10 bn CNY), so that labelled ticks show where it is.
        var limits = plot.Axes.GetLimits();
        Assert.That(limits.Left, Is.LessThan(2.0).And.GreaterThan(1.9));
        Assert.That(limits.Right, Is.GreaterThan(3.0).And.LessThan(3.5));
        Assert.That((limits.Bottom, limits.Top), Is.EqualTo((8.95, 10.05)).Within(1e-9));
    }

    [Test]
    public void Time_series_draws_every_dated_figure_and_the_plan_target()
    {
        var figures = ReferenceData.Load().Figures;
        var mine = figures.Where("xiaobeihe", Indicator.PairsPerYear).Where(f => f.Year.IsKnown && !f.Year.IsRange).ToList();
        var plot = Charts.TimeSeries(figures, "xiaobeihe", Indicator.PairsPerYear);
        var scatters = plot.GetPlottables().OfType<Scatter>().ToList();
        var targets = scatters.Single(s => s.MarkerShape == MarkerShape.OpenDiamond);
        Assert.That(targets.Data.GetScatterPoints().Select(p => p.Y), Is.EqualTo(mine.Where(f => f.IsTarget).Select(f => (double)f.Quantity.Value)));
        int actual = scatters.Where(s => s != targets).Sum(s => s.Data.GetScatterPoints().Count);
        Assert.That(actual, Is.EqualTo(mine.Count(f => !f.IsTarget)));
        // Every point stays within its year's slot.
        foreach (var s in scatters.Where(s => s != targets))
            foreach (var p in s.Data.GetScatterPoints())
                Assert.That(mine.Any(f => Math.Abs(f.Year.From!.Value - p.X) < 0.5 && (double)f.Quantity.Value == p.Y), $"{p} is a cited figure");
        Assert.That(AllText(plot), Does.Contain("undated or multi-year figure(s) not drawn"));
    }

    [Test]
    public void Comparison_bars_say_about_rounded_and_another_scope_as_the_tables_do()
    {
        var source = new Source("s", null, "p", "2024-01-01", "q", Confidence.Medium);
        Figure F(string region, Indicator indicator, Quantity q, Qualifier qualifier = Qualifier.Exact, string? scope = null) =>
            new(region, indicator, q, qualifier, false, scope, ReferenceYear.Exact(2023), source);
        var figures = new FigureSet(
        [
            F("town", Indicator.PairsPerYear, Quantity.Pairs(800_000_000m), Qualifier.Approximately),
            F("town", Indicator.OutputValue, Quantity.Money(4_500_000_000m, Currency.CNY)),
            F("peer", Indicator.PairsPerYear, Quantity.Pairs(2_200_000_000m)),
            F("peer", Indicator.OutputValue, Quantity.Money(3_500_000_000m, Currency.CNY)),
            F("district", Indicator.OutputValue, Quantity.Money(11_494_650_000m, Currency.CNY), scope: "turnover, 25 municipalities"),
        ]);
        var c = ClusterStats.Comparison.Create(figures, new ComparisonOptions("town") { Peers = ["peer", "district"], Year = 2023 });
        var perPair = AllText(Charts.Comparison(c, "output_value_per_pair"));
        // 4.5e9 / about 8e8 = about 5.625; 3.5e9 / 2.2e9 = 1.5909... shown as ≈1.591, and the footnote says what ≈ means.
        Assert.That(perPair, Does.Contain("about 5.625 CNY/pair (2023)").And.Contain("≈1.591 CNY/pair (2023)").And.Contain("≈: rounded to 4 significant digits."));
        var output = AllText(Charts.Comparison(c, "output_value"));
        Assert.That(output, Does.Contain("≈11.49 billion CNY (2023)"));
        Assert.That(output, Does.Contain("not ranked: district (turnover, 25 municipalities)."));
        Assert.That(output, Does.Contain("≈: rounded to 4 significant digits."), "the note comes with a rounded label");
        Assert.That(AllText(Charts.Comparison(c, "pairs_per_year")), Does.Not.Contain("≈").And.Not.Contain("Another scope"));
    }

    [Test]
    public void Time_series_draws_a_range_at_its_midpoint_and_says_so()
    {
        var source = new Source("三四万 article", null, "publisher", "2024", "从业人员三四万人", Confidence.Medium);
        var figures = new FigureSet(
        [
            new Figure("xiaobeihe", Indicator.Employees, Quantity.Persons(30_000m), Qualifier.Range, false, null, ReferenceYear.Exact(2022), source) { ValueHigh = 40_000m },
            new Figure("xiaobeihe", Indicator.Employees, Quantity.Persons(20_000m), Qualifier.Exact, false, null, ReferenceYear.Exact(2023), source),
        ]);
        var plot = Charts.TimeSeries(figures, "xiaobeihe", Indicator.Employees);
        var ys = plot.GetPlottables().OfType<Scatter>().SelectMany(s => s.Data.GetScatterPoints()).Select(p => (p.X, p.Y)).ToList();
        Assert.That(ys, Is.EquivalentTo(new[] { (2022d, 35_000d), (2023d, 20_000d) }));
        Assert.That(AllText(plot), Does.Contain("1 range(s) (such as 三四万) drawn at their midpoint."));
        Assert.That(AllText(plot), Does.Not.Contain("approximate figure(s)"), "a range and an exact figure are not about-figures");

        // An about-figure is drawn at its value and counted as approximate.
        var about = new FigureSet([.. figures, new Figure("xiaobeihe", Indicator.Employees, Quantity.Persons(25_000m), Qualifier.Approximately, false, null, ReferenceYear.Exact(2024), source)]);
        Assert.That(AllText(Charts.TimeSeries(about, "xiaobeihe", Indicator.Employees)), Does.Contain("1 approximate figure(s) (about) drawn at the value stated."));
    }

    [Test]
    public void Time_series_leave_suspicious_figures_and_parts_of_a_year_out_and_name_them()
    {
        var source = new Source("s", null, "p", "2024", "q", Confidence.Medium);
        Figure F(decimal v, int year) => new("town", Indicator.ExportValue, Quantity.Money(v, Currency.USD), Qualifier.Exact, false, null, ReferenceYear.Exact(year), source);
        var figures = new FigureSet([F(100m, 2021), F(110m, 2022), F(900m, 2022) with { Status = FigureStatus.Suspicious }, F(40m, 2023) with { Period = ReferencePeriod.Quarter(2023, 1) }]);
        static List<double> Ys(Plot plot) => [.. plot.GetPlottables().OfType<Scatter>().SelectMany(s => s.Data.GetScatterPoints()).Select(p => p.Y).Order()];
        var plot = Charts.TimeSeries(figures, "town", Indicator.ExportValue);
        Assert.That(Ys(plot), Is.EqualTo(new[] { 100.0, 110.0 }));
        Assert.That(AllText(plot), Does.Contain("Not drawn: $900 (2022), suspicious.").And.Contain("Not drawn, part of a year: $40 (2023-Q1)."));
        Assert.That(AllText(plot), Does.Not.Contain("undated or multi-year"), "nothing undated here");
        var opted = Charts.TimeSeries(figures, "town", Indicator.ExportValue, includeSuspicious: true);
        Assert.That(Ys(opted), Is.EqualTo(new[] { 100.0, 110.0, 900.0 }));
        // Only a suspicious figure: nothing to draw, and the error says why.
        var only = new FigureSet([F(7m, 2000) with { Status = FigureStatus.Suspicious }]);
        Assert.That(Assert.Throws<ClusterStatsException>(() => Charts.TimeSeries(only, "town", Indicator.ExportValue))!.Message, Does.Contain("that is not suspicious"));
    }

    [Test]
    public void With_the_latest_of_each_values_more_than_five_years_older_are_drawn_faded()
    {
        var source = new Source("s", null, "p", "2024", "q", Confidence.Medium);
        Figure F(string region, decimal v, int year) => new(region, Indicator.PairsPerYear, Quantity.Pairs(v), Qualifier.Exact, false, null, ReferenceYear.Exact(year), source);
        var figures = new FigureSet([F("a", 10m, 2024), F("b", 30m, 2015), F("c", 20m, 2023)]);
        var latest = global::ClusterStats.Comparison.Create(figures, new ComparisonOptions("a") { Peers = ["b", "c"], LatestOfEach = true });
        Assert.That(latest.Series("pairs_per_year").Select(b => (b.RegionId, b.Age)), Is.EqualTo(new[] { ("b", (int?)9), ("c", null), ("a", null) }));
        var plot = Charts.Comparison(latest, "pairs_per_year");
        var bars = plot.GetPlottables().OfType<BarPlot>().Single().Bars;
        Assert.That(bars.Single(b => b.Value == 30).FillColor.A, Is.LessThan(bars.Single(b => b.Value == 20).FillColor.A));
        Assert.That(bars.Single(b => b.Value == 20).FillColor.A, Is.EqualTo(255));
        Assert.That(AllText(plot), Does.Contain("Faded: more than 5 years older than a's year, not ranked."));
    }

    [Test]
    public void With_the_latest_of_each_a_bubble_resting_on_a_value_more_than_five_years_older_is_drawn_faded()
    {
        var source = new Source("s", null, "p", "2024", "q", Confidence.Medium);
        Figure F(string region, Indicator indicator, Quantity q, int year) => new(region, indicator, q, Qualifier.Exact, false, null, ReferenceYear.Exact(year), source);
        IEnumerable<Figure> Three(string region, decimal pairs, int firmsYear, int outputYear, int pairsYear) =>
        [
            F(region, Indicator.FirmCount, Quantity.Firms(pairs / 10m), firmsYear),
            F(region, Indicator.OutputValue, Quantity.Money(pairs * 2m, Currency.CNY), outputYear),
            F(region, Indicator.PairsPerYear, Quantity.Pairs(pairs), pairsYear),
        ];
        // b's output value is of 2016, eight years before a's 2024: one stale input fades the whole bubble; c's
        // values are at most 5 years older (2019), so c is drawn as usual.
        var figures = new FigureSet([.. Three("a", 1000m, 2024, 2024, 2024), .. Three("b", 3000m, 2023, 2016, 2023), .. Three("c", 2000m, 2019, 2020, 2022)]);
        var latest = global::ClusterStats.Comparison.Create(figures, new ComparisonOptions("a") { Peers = ["b", "c"], LatestOfEach = true });
        Assert.That(latest.Bubbles().Select(b => (b.RegionId, b.Age)), Is.EqualTo(new[] { ("a", (int?)null), ("b", 8), ("c", null) }));
        var plot = Charts.Bubbles(latest);
        var markers = plot.GetPlottables().OfType<Marker>().ToList();
        Assert.That(markers, Has.Count.EqualTo(3));
        Marker At(decimal firms) => markers.Single(m => Math.Abs(m.Location.X - Math.Log10((double)firms)) < 1e-9);
        Assert.That(At(300m).MarkerFillColor.A, Is.LessThan(At(200m).MarkerFillColor.A), "b is faded");
        Assert.That(At(200m).MarkerFillColor.A, Is.EqualTo(At(100m).MarkerFillColor.A), "c is not");
        Assert.That(AllText(plot), Does.Contain("Faded: a value more than 5 years older than a's year, not ranked."));

        // With one year for all, older values admitted by MaxAge carry their age but are ranked: none is faded.
        var aged = global::ClusterStats.Comparison.Create(figures, new ComparisonOptions("a") { Peers = ["b", "c"], Year = 2024, MaxAge = 8 });
        Assert.That(aged.Bubbles().Select(b => b.Age), Is.EqualTo(new int?[] { null, 8, 5 }));
        var oneYear = Charts.Bubbles(aged);
        Assert.That(oneYear.GetPlottables().OfType<Marker>().Select(m => m.MarkerFillColor.A).Distinct().Count(), Is.EqualTo(1));
        Assert.That(AllText(oneYear), Does.Not.Contain("Faded"));
    }

    [Test]
    public void An_unknown_cluster_gets_the_comparison_error_with_the_known_ids()
    {
        var figures = ReferenceData.Load().Figures;
        var chart = Assert.Throws<UnknownRegionException>(() => Charts.TimeSeries(figures, "atlantis", Indicator.PairsPerYear));
        var compare = Assert.Throws<UnknownRegionException>(() => global::ClusterStats.Comparison.Create(figures, new ComparisonOptions("atlantis")));
        Assert.That(chart!.Message, Is.EqualTo(compare!.Message));
        Assert.That(chart.Message, Does.Contain("Unknown cluster 'atlantis'").And.Contain("xiaobeihe").And.Contain("datang"));
    }

    [Test]
    public void Lq_heatmap_cells_show_the_location_quotients()
    {
        var lq = ChartRecipes.Panel()[2023].LocationQuotient();
        var text = AllText(Charts.LqHeatmap(lq, "LQ"));
        for (int r = 0; r < lq.Regions.Count; r++)
            for (int i = 0; i < lq.Industries.Count; i++)
                Assert.That(text, Does.Contain(lq[r, i].ToString("0.00", CultureInfo.InvariantCulture)));
        Assert.That(lq["浙江", "hosiery"], Is.GreaterThan(1), "the panel builds a hosiery specialisation into Zhejiang");
    }

    [Test]
    public void Shift_share_bars_are_the_decomposition_and_add_up_to_growth()
    {
        var result = ChartRecipes.Panel().ShiftShare(2018, 2023);
        var plot = Charts.ShiftShare(result, "shift-share", "persons");
        var barPlots = plot.GetPlottables().OfType<BarPlot>().ToList();
        Assert.That(barPlots.Select(b => b.LegendText), Is.EqualTo(new[] { "national share", "industry mix", "regional shift" }));
        string[] names = ["national_share", "industry_mix", "regional_shift"];
        for (int c = 0; c < 3; c++)
            Assert.That(barPlots[c].Bars.Select(b => b.Value), Is.EqualTo(result.Regions.Select(r => r[names[c]])));
        var totals = plot.GetPlottables().OfType<Scatter>().Single().Data.GetScatterPoints().Select(p => p.Y).ToList();
        Assert.That(totals, Is.EqualTo(result.Regions.Select(r => r.EndValue - r.BaseValue)).Within(1e-6));
        Assert.That(result.Regions.Select(r => names.Sum(n => r[n])), Is.EqualTo(totals).Within(1e-6));

        var gerfin = ChartRecipes.Panel().ShiftShare(2018, 2023, ShiftShareMethod.Gerfin);
        Assert.That(Assert.Throws<ClusterStatsException>(() => Charts.ShiftShare(gerfin, "x", "persons"))!.Message, Does.Contain("Gerfin"));
    }

    [Test]
    public void Esteban_Marquillas_draws_the_allocation_effect_as_a_fourth_bar()
    {
        var result = ChartRecipes.Panel().ShiftShare(2018, 2023, ShiftShareMethod.EstebanMarquillas);
        var plot = Charts.ShiftShare(result, "shift-share", "persons");
        Assert.That(plot.GetPlottables().OfType<BarPlot>().Select(b => b.LegendText),
            Is.EqualTo(new[] { "national share", "industry mix", "regional shift", "allocation effect" }));
        PlotAssert.IsDrawnPng(plot.ToPng(640, 480), 640, 480);
    }

    [Test]
    public void Lorenz_draws_the_curve_and_gini_of_the_index()
    {
        // Worked example of DistributionIndexTests: (20, 50, 20, 10) has L = .1, .3, .5, 1 at P = .25 .. 1, G = 0.3 (mean difference 240 / (2 * 16 * 25)).
        var gini = RegionalIndices.Gini([20, 50, 20, 10]);
        var plot = Charts.Lorenz(gini, "Lorenz");
        var curve = plot.GetPlottables().OfType<Scatter>().Single();
        Assert.That(curve.Data.GetScatterPoints().Select(p => p.Y), Is.EqualTo(new[] { 0, 0.1, 0.3, 0.5, 1 }).Within(1e-12));
        Assert.That(gini.Gini, Is.EqualTo(0.3).Within(1e-12));
        Assert.That(curve.LegendText, Does.Contain("Gini = 0.300"));
    }
}
