using System.Globalization;
using System.Text;
using ClusterStats.Internal;
using ClusterStats.Plotting;
using CsvHelper;
using ScottPlot;

namespace ClusterStats;

/// <summary>
/// A cited report on one cluster against its peers, written as a folder: <c>index.html</c> (self-contained styles, no
/// external resources) with the cluster's names and administrative hierarchy, its figures with units, years and
/// sources, the conflicts between sources, the peer comparison (money in one currency, the exchange-rate years named),
/// charts as PNG files beside the page, one numbered source list with links for the whole page, and the data behind
/// every table as CSV files beside it (<c>figures.csv</c> in the figure schema that <see cref="FigureCsv.Read(string, CsvReadOptions?)"/>
/// reads, <c>conflicts.csv</c>, <c>comparison.csv</c>, <c>sources.csv</c>).
/// </summary>
/// <example>
/// <code>
/// var report = ClusterReport.Create(ReferenceData.Load(), "xiaobeihe");
/// report.WriteTo("report", new Progress&lt;string&gt;(Console.Error.WriteLine));
/// </code>
/// </example>
public sealed class ClusterReport
{
    /// <summary>The name of the HTML page written by <see cref="WriteTo"/>.</summary>
    public const string IndexFile = "index.html";

    /// <summary>The figures of the focal cluster in the figure schema.</summary>
    public const string FiguresFile = "figures.csv";

    /// <summary>The conflicting figures, one row per figure of each conflict group.</summary>
    public const string ConflictsFile = "conflicts.csv";

    /// <summary>The comparison in long form (the columns of <see cref="Comparison.ToCsv()"/>).</summary>
    public const string ComparisonFile = "comparison.csv";

    /// <summary>The numbered sources of the whole report.</summary>
    public const string SourcesFile = "sources.csv";

    private ClusterReport(string focal, Region? region, FigureSet figures, IReadOnlyList<ConflictGroup> conflicts, Comparison comparison, ReportOptions options)
    {
        Focal = focal;
        Region = region;
        Figures = figures;
        Conflicts = ReadOnly.List(conflicts);
        Comparison = comparison;
        Options = options;
    }

    /// <summary>The focal cluster's id.</summary>
    public string Focal { get; }

    /// <summary>The focal cluster's metadata (names, hierarchy, product focus), or null when the dataset has none for it.</summary>
    public Region? Region { get; }

    /// <summary>Every figure of the focal cluster (targets and undated figures included), ordered by indicator, then year.</summary>
    public FigureSet Figures { get; }

    /// <summary>The groups of the focal cluster's figures whose sources disagree (see <see cref="FigureSet.Conflicts"/>).</summary>
    public IReadOnlyList<ConflictGroup> Conflicts { get; }

    /// <summary>The focal cluster against its peers.</summary>
    public Comparison Comparison { get; }

    /// <summary>The options the report was made with.</summary>
    public ReportOptions Options { get; }

    /// <summary>The title: the cluster's English, Chinese and Japanese names (those known, each once).</summary>
    public string Title => string.Join(" · ", Names);

    private IEnumerable<string> Names => Region is null
        ? [Focal]
        : new[] { Region.NameEn, Region.NameZh, Region.NameJa }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The administrative hierarchy from the smallest unit up, for example
    /// <c>Xiaobeihe Town › Liaoyang County › Liaoyang › Liaoning › China</c>; empty when unknown.
    /// </summary>
    public string Hierarchy => Region is null
        ? ""
        : string.Join(" › ", new[] { Region.Town, Region.County, Region.City, Region.Province, Region.Country }
            .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).Distinct(StringComparer.Ordinal));

    /// <summary>
    /// A report on <paramref name="focal"/> over <paramref name="data"/>: its figures, conflicts and a comparison with
    /// the peers of <paramref name="options"/>. The comparison is computed here; charts and files by <see cref="WriteTo"/>.
    /// </summary>
    /// <param name="data">Figures, region metadata (names, hierarchy, product focus) and exchange rates.</param>
    /// <param name="focal">The cluster id, for example <c>xiaobeihe</c>.</param>
    /// <param name="options">Peers, year, currency and rate policy; null for the defaults of <see cref="ReportOptions"/>.</param>
    /// <param name="progress">Receives a line for each step that takes time; null for none.</param>
    /// <exception cref="ClusterStatsException">The cluster or a peer is unknown (the message lists the known ids), or an exchange rate is missing under <see cref="MissingRatePolicy.Error"/>.</exception>
    public static ClusterReport Create(ReferenceDataset data, string focal, ReportOptions? options = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(focal);
        options ??= new ReportOptions();
        var comparisonOptions = new ComparisonOptions(focal)
        {
            Peers = options.Peers,
            Year = options.Year,
            Currency = options.Currency,
            Regions = data.Regions,
            Rates = data.ExchangeRates,
            RatePolicy = options.RatePolicy,
            IncludeTargets = options.IncludeTargets,
            IncludeSuspicious = options.IncludeSuspicious,
            LatestOfEach = options.LatestOfEach,
            MaxAge = options.MaxAge,
            Pins = options.Pins,
        };
        progress?.Report(options.Peers is null
            ? $"comparing {focal} with the clusters of its product focus"
            : string.Create(CultureInfo.InvariantCulture, $"comparing {focal} with {options.Peers.Count} peers"));
        // The comparison checks the ids first: an unknown cluster fails here, with the known ids listed.
        var comparison = Comparison.Create(data.Figures, comparisonOptions);
        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"compared {comparison.Rows.Count} clusters: {string.Join(", ", comparison.Rows.Select(r => r.RegionId))}"));
        var order = Indicator.BuiltIn.Select((ind, i) => (ind, i)).ToDictionary(x => x.ind.Name, x => x.i, StringComparer.Ordinal);
        var figures = new FigureSet(data.Figures.Where(regionId: focal)
            .OrderBy(f => order.TryGetValue(f.Indicator.Name, out var i) ? i : int.MaxValue).ThenBy(f => f.Indicator.Name, StringComparer.Ordinal)
            .ThenBy(f => f.Year.From ?? int.MaxValue).ThenBy(f => f.IsTarget));
        return new ClusterReport(focal, data.FindRegion(focal), figures, figures.Conflicts(new ConflictOptions { Rates = data.ExchangeRates }), comparison, options);
    }

    /// <summary>
    /// A report on <paramref name="focal"/> over <paramref name="figures"/> (for example a file read with
    /// <see cref="FigureCsv.Read(string, CsvReadOptions?)"/>), with the region metadata and exchange rates of the
    /// embedded reference dataset.
    /// </summary>
    /// <inheritdoc cref="Create(ReferenceDataset, string, ReportOptions?, IProgress{string}?)"/>
    public static ClusterReport Create(FigureSet figures, string focal, ReportOptions? options = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return Create(ReferenceData.Load() with { Figures = figures }, focal, options, progress);
    }

    /// <summary>
    /// Writes the report into <paramref name="directory"/>: <see cref="IndexFile"/>, one PNG per chart and the CSV
    /// files. Returns the paths written, the page first. The folder must be missing, empty, or a report folder written
    /// before (it holds a <c>.clusterstats-report</c> file), which is replaced as a whole: the files are written into a
    /// new folder beside it and swapped in at once, so a failing or interrupted run leaves the old report or the new
    /// one, never a mix. Links are never followed, and a second run into the same folder at the same time fails.
    /// </summary>
    /// <param name="directory">The output folder.</param>
    /// <param name="progress">Receives a line per chart drawn and per file written; null for none.</param>
    /// <exception cref="MissingGlyphsException">No installed font can draw the chart labels.</exception>
    /// <exception cref="ClusterStatsException">The folder holds files that are not a report, is a link, or another run writes it.</exception>
    /// <exception cref="IOException">The folder or a file cannot be written.</exception>
    public IReadOnlyList<string> WriteTo(string directory, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var names = new List<string>();
        OutputFolder.Replace(directory, folder => names.AddRange(WriteFiles(folder, directory, progress)));
        return [.. names.Select(name => Path.Combine(directory, name))];
    }

    // Writes the files into folder (a new folder that replaces directory afterwards); returns their names, the page first.
    private List<string> WriteFiles(string folder, string directory, IProgress<string>? progress)
    {
        var charts = PlanCharts();
        var notes = new SourceNotes();
        var written = new List<string>();
        int drawn = 0;
        string Chart(ReportChart chart)
        {
            drawn++;
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"drawing chart {drawn}/{charts.Count}: {chart.FileName}"));
            var sources = chart.Sources.Select(notes.NumberOf);
            var plot = chart.Draw(Options.Fonts);
            plot.Save(Path.Combine(folder, chart.FileName), ChartFormat.Png, Options.ChartWidth, Options.ChartHeight);
            written.Add(chart.FileName);
            return string.Create(CultureInfo.InvariantCulture,
                $"<figure><img src=\"{Html.Encode(chart.FileName)}\" width=\"{Options.ChartWidth}\" height=\"{Options.ChartHeight}\" alt=\"{Html.Encode(chart.Title)}\"><figcaption>{Html.Encode(chart.Title)}. Sources: {Html.SourceRefs(sources)}</figcaption></figure>\n");
        }

        var html = new StringBuilder();
        html.Append(HtmlPage.Head(Title));
        html.Append("<h1>").Append(Html.Encode(Title)).Append("</h1>\n");
        if (Hierarchy.Length > 0) html.Append("<p class=\"hierarchy\">").Append(Html.Encode(Hierarchy)).Append("</p>\n");
        if (Region?.ProductFocus is { Length: > 0 } focus) html.Append("<p class=\"focus\">Product: ").Append(Html.Encode(focus)).Append("</p>\n");
        html.Append("<p class=\"about\">Figures from ").Append(Html.Encode(Options.DataDescription)).Append(", each cited to its source; every table's data is a CSV file beside this page.</p>\n");
        html.Append("<nav><a href=\"#summary\">Summary</a> · <a href=\"#figures\">Figures</a> · <a href=\"#conflicts\">Where sources disagree</a> · <a href=\"#comparison\">Compared with peers</a> · <a href=\"#sources\">Sources</a> · <a href=\"#data\">Data files</a></nav>\n");

        html.Append("<h2 id=\"summary\">Summary</h2>\n<ul class=\"findings\">\n");
        foreach (var sentence in ReportSummary.Sentences(Comparison, Conflicts, notes)) html.Append("<li>").Append(sentence).Append("</li>\n");
        html.Append("</ul>\n");

        html.Append(Section("figures", "Figures", FiguresFile));
        html.Append(CultureInfo.InvariantCulture, $"<p>{Figures.Count} figures of {Html.Encode(Focal)} as their sources state them: value for people and in plain digits, unit, qualifier, year, scope, source number and confidence.</p>\n");
        html.Append(Figures.ToHtml(notes));
        foreach (var chart in charts.Where(c => c.Section == "figures")) html.Append(Chart(chart));

        html.Append(Section("conflicts", "Where sources disagree", ConflictsFile));
        html.Append(ConflictSummary());
        html.Append(Conflicts.ToHtml(notes));

        html.Append(Section("comparison", "Compared with its peers", ComparisonFile));
        html.Append(ComparisonIntro());
        html.Append(Comparison.ToHtml(notes));
        foreach (var chart in charts.Where(c => c.Section == "comparison")) html.Append(Chart(chart));

        html.Append(Section("sources", "Sources", SourcesFile));
        html.Append(notes.ToHtml());
        html.Append("<h2 id=\"data\">Data files</h2>\n<ul class=\"files\">\n");
        foreach (var (file, what) in DataFiles) html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{file}\">{file}</a> — {Html.Encode(what)}</li>\n");
        foreach (var chart in charts) html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{Html.Encode(chart.FileName)}\">{Html.Encode(chart.FileName)}</a> — {Html.Encode(chart.Title)}</li>\n");
        html.Append("</ul>\n").Append(HtmlPage.Tail);

        progress?.Report($"writing {IndexFile} and {DataFiles.Count} CSV files to {directory}");
        written.Insert(0, Write(folder, IndexFile, html.ToString()));
        written.Add(Write(folder, FiguresFile, FigureCsv.ToCsv(Figures)));
        written.Add(Write(folder, ConflictsFile, ConflictsCsv(notes)));
        written.Add(Write(folder, ComparisonFile, Comparison.ToCsv(notes)));
        written.Add(Write(folder, SourcesFile, notes.ToCsv()));
        return written;
    }

    private static IReadOnlyList<(string File, string What)> DataFiles { get; } =
    [
        (FiguresFile, "the figures table in the figure schema (read it back with FigureCsv.Read or the clusterstats figures command)"),
        (ConflictsFile, "the conflicting figures, one row per figure and group"),
        (ComparisonFile, "the comparison in long form: one row per cluster and metric, full precision"),
        (SourcesFile, "the numbered sources of this page"),
    ];

    private static string Write(string folder, string file, string text)
    {
        OutputFiles.WriteText(Path.Combine(folder, file), text);
        return file;
    }

    private static string Section(string id, string title, string csv) =>
        $"<h2 id=\"{id}\">{Html.Encode(title)} <a class=\"csv\" href=\"{csv}\">{csv}</a></h2>\n";

    private string ConflictSummary()
    {
        if (Conflicts.Count == 0) return "<p>The sources agree: no two dated figures of the same indicator, scope and year differ by more than 5 %, nor do figures of adjacent years where one year is approximate.</p>\n";
        var sb = new StringBuilder("<p>Conflicts: figures of the same indicator, scope and stated year (approximate or not) that differ by more than 5 %. " +
            "Possible conflicts: figures of adjacent years, at least one year approximate, that differ by more than 5 % (they disagree if the approximate year is the other one). " +
            "Figures of different years are never joined: change from year to year is a trend, shown in the time series.</p>\n<ul class=\"summary\">\n");
        foreach (var g in Conflicts)
        {
            var (low, high) = g.Extremes;
            sb.Append(CultureInfo.InvariantCulture,
                $"<li>{(g.Kind == ConflictKind.Conflict ? "Conflict" : "Possible conflict")}, {Html.Encode(g.Indicator.Name)}{(g.Scope is null ? "" : " (" + Html.Encode(g.Scope) + ")")}: {Html.Encode(FigureFormat.ForPeople(low))} ({Html.Encode(low.When)}) to {Html.Encode(FigureFormat.ForPeople(high))} ({Html.Encode(high.When)}), {g.Figures.Count} dated figures, {g.RelativeSpread * 100:0.#} % apart.</li>\n");
        }
        return sb.Append("</ul>\n").ToString();
    }

    private string ComparisonIntro()
    {
        var sb = new StringBuilder("<p>");
        sb.Append(Html.Encode(Comparison.Year is int y
            ? string.Create(CultureInfo.InvariantCulture, $"The year {y} for every cluster. {Comparison.Notes[0]} ")
            : string.Create(CultureInfo.InvariantCulture, $"The latest year each cluster has, shown with each value; values more than {ComparisonOptions.StaleYears} years older than {Focal}'s are not ranked. ")));
        if (Comparison.Currency is Currency c)
        {
            sb.Append(Html.Encode($"Money in {c}" + (Options.Currency is null ? ", the currency of the focal cluster's own figures" : "") +
                "; other currencies converted through USD at the Federal Reserve's annual average rates (G.5A) of each figure's year"));
            sb.Append(Html.Encode(Options.RatePolicy switch
            {
                MissingRatePolicy.NearestYear => ", or of the nearest year with a rate when that year has none. ",
                MissingRatePolicy.MeanOfAvailableMonths => ", or the mean of that year's monthly rates when it has no annual rate. ",
                _ => ". ",
            }));
        }
        sb.Append("Ranges span the sources; values derived from two figures divide their ranges.</p>\n");
        var conversions = Comparison.Rows.SelectMany(r => r.Cells.SelectMany(cell => cell.Notes.Select(n => (r.RegionId, Note: n))))
            .Where(x => x.Note.StartsWith("converted ", StringComparison.Ordinal) || x.Note.Contains("nearest year", StringComparison.Ordinal) || x.Note.Contains("monthly", StringComparison.Ordinal))
            .Select(x => x.RegionId + ": " + x.Note).Distinct(StringComparer.Ordinal).ToList();
        if (conversions.Count > 0)
        {
            sb.Append("<details class=\"rates\"><summary>Exchange rates used (").Append(conversions.Count.ToString(CultureInfo.InvariantCulture)).Append(")</summary><ul>\n");
            foreach (var n in conversions) sb.Append("<li>").Append(Html.Encode(n)).Append("</li>\n");
            sb.Append("</ul></details>\n");
        }
        return sb.ToString();
    }

    private string ConflictsCsv(SourceNotes notes) => ConflictCsvRecord.ToCsv(Conflicts, notes);

    // The charts of the report, in page order; a chart without data is left out.
    private List<ReportChart> PlanCharts()
    {
        var charts = new List<ReportChart>();
        // Suspicious and superseded figures stay in the tables, not in the charts, unless asked for.
        var charted = Options.IncludeSuspicious ? Figures : Figures.Where(f => f.Status == FigureStatus.Ok);
        if (charted.Any(f => f.Indicator == Indicator.PairsPerYear && f.Year.IsKnown && !f.Year.IsRange))
        {
            var title = $"{ChartName(Focal)}: {Plotting.Charts.MetricTitle(Indicator.PairsPerYear.Name)}";
            charts.Add(new ReportChart("figures", "timeseries-pairs_per_year.png", title,
                [.. charted.Where(f => f.Indicator == Indicator.PairsPerYear && f.Year.IsKnown && !f.Year.IsRange).Select(f => f.Source)],
                fonts => Plotting.Charts.TimeSeries(Figures, Focal, Indicator.PairsPerYear, title, fonts, Options.IncludeSuspicious)));
        }
        foreach (var metric in new[] { Indicator.PairsPerYear.Name, Indicator.OutputValue.Name, DerivedMetric.OutputValuePerPair.Name })
        {
            if (Comparison.Series(metric) is not { Count: > 0 } series) continue;
            var title = $"{Plotting.Charts.MetricTitle(metric)} ({series[0].Unit})";
            charts.Add(new ReportChart("comparison", $"compare-{metric}.png", title, Sources(metric),
                fonts => Plotting.Charts.Comparison(Comparison, metric, title, fonts)));
        }
        if (Comparison.Bubbles() is { Count: > 0 } bubbles)
        {
            var title = $"企业数与产值 Firms and output value ({bubbles[0].YUnit}); bubble area: pairs per year";
            charts.Add(new ReportChart("comparison", "bubbles.png", title,
                [.. Sources(Indicator.FirmCount.Name), .. Sources(Indicator.OutputValue.Name), .. Sources(Indicator.PairsPerYear.Name)],
                fonts => Plotting.Charts.Bubbles(Comparison, title, fonts)));
        }
        if (Options.Geometry is { } geometry && MapMetric(geometry) is { } mapped)
        {
            var (metric, bars) = mapped;
            var title = $"{Plotting.Charts.MetricTitle(metric)} ({bars[0].Unit}), map";
            var values = bars.ToDictionary(b => b.RegionId, StringComparer.Ordinal);
            charts.Add(new ReportChart("comparison", $"map-{metric}.png", title, Sources(metric),
                fonts => Plotting.Charts.Choropleth(
                    geometry.Select(g => values.TryGetValue(g.Id, out var b)
                        ? new MapArea(g.Id, g.Geometry, (double)b.Value) { Label = b.LabelZh ?? b.LabelEn }
                        : new MapArea(g.Id, g.Geometry, null)),
                    title, new ChoroplethOptions { Scale = MapScale.Quantiles, Classes = 4, ValueTitle = bars[0].Unit }, fonts)));
        }
        return charts;

        List<Source> Sources(string metric) => [.. Comparison.Rows.SelectMany(r => r[metric].Inputs).Select(f => f.Source)];
    }

    // The first comparison metric, pairs per year or else output value, that a region with an outline has a value of.
    private (string Metric, IReadOnlyList<ComparisonBar> Bars)? MapMetric(Spatial.RegionGeometries geometry)
    {
        foreach (var metric in new[] { Indicator.PairsPerYear.Name, Indicator.OutputValue.Name })
        {
            if (Comparison.Series(metric) is { Count: > 0 } series && series.Any(b => geometry.IndexOf(b.RegionId) >= 0))
                return (metric, series);
        }
        return null;
    }

    // "Xiaobeihe 小北河镇": the English and Chinese names without their parenthesised details.
    private string ChartName(string id)
    {
        static string Short(string s) => s.Split(" (", 2)[0].Trim();
        return Region?.NameZh is { } zh ? Short(Region.NameEn) + " " + Short(zh) : Short(Region?.NameEn ?? id);
    }

    /// <summary>One chart of the report: where it goes, its file, title, the sources it draws on and how to draw it.</summary>
    private sealed record ReportChart(string Section, string FileName, string Title, IReadOnlyList<Source> Sources, Func<ChartFontResolver?, Plot> Draw);
}

/// <summary>One row of conflicts.csv: a figure of a conflict group with the group's kind, key and spread.</summary>
[CsvRecord]
internal sealed partial class ConflictCsvRecord
{
    [CsvColumn("group")] public int Group { get; set; }
    [CsvColumn("kind")] public string Kind { get; set; } = "";
    [CsvColumn("cluster")] public string Cluster { get; set; } = "";
    [CsvColumn("indicator")] public string Indicator { get; set; } = "";
    [CsvColumn("scope")] public string? Scope { get; set; }
    [CsvColumn("spread_percent")] public decimal SpreadPercent { get; set; }
    [CsvColumn("matching")] public string Matching { get; set; } = "";
    [CsvColumn("value")] public decimal Value { get; set; }
    [CsvColumn("unit")] public string Unit { get; set; } = "";
    [CsvColumn("qualifier")] public string Qualifier { get; set; } = "";
    [CsvColumn("target")] public bool Target { get; set; }
    [CsvColumn("year")] public string Year { get; set; } = "";
    [CsvColumn("source_number")] public int SourceNumber { get; set; }
    [CsvColumn("source_title")] public string SourceTitle { get; set; } = "";
    [CsvColumn("source_url")] public string? SourceUrl { get; set; }
    [CsvColumn("quote")] public string Quote { get; set; } = "";
    [CsvColumn("status")] public string Status { get; set; } = "";
    [CsvColumn("period")] public string? Period { get; set; }

    /// <summary>The groups as CSV, one row per figure and group (undated figures beside a conflict marked so), sources numbered by <paramref name="notes"/>.</summary>
    public static string ToCsv(IEnumerable<ConflictGroup> conflicts, SourceNotes notes) => FigureCsv.ToCsvText(conflicts
        .SelectMany((g, i) => g.Figures.Select(f => (g, i, f, Matching: "dated")).Concat(g.Undated.Select(f => (g, i, f, Matching: "undated"))))
        .Select(x => From(x.i + 1, x.g, x.f, x.Matching, notes.NumberOf(x.f.Source))));

    public static ConflictCsvRecord From(int group, ConflictGroup g, Figure f, string matching, int sourceNumber) => new()
    {
        Group = group,
        Kind = g.Kind.ToCode(),
        Cluster = g.RegionId,
        Indicator = g.Indicator.Name,
        Scope = g.Scope,
        SpreadPercent = g.RelativeSpread * 100m,
        Matching = matching,
        Value = f.Quantity.Value,
        Unit = f.Quantity.Unit.Code,
        Qualifier = f.Qualifier.ToCode(),
        Target = f.IsTarget,
        Year = f.Year.IsKnown ? f.Year.ToString() : "",
        SourceNumber = sourceNumber,
        SourceTitle = f.Source.Title,
        SourceUrl = f.Source.Url,
        Quote = f.Source.Quote,
        Status = f.Status.ToCode(),
        Period = f.Period?.ToString(),
    };
}
