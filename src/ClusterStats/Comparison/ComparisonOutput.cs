using System.Globalization;
using System.Text;
using ClusterStats.Internal;
using CsvHelper;
using Microsoft.Data.Analysis;

namespace ClusterStats;

public sealed partial record Comparison
{
    /// <summary>
    /// The comparison in long form, one row per cluster and metric, with explicit column types:
    /// <c>region_id, label_en, label_zh</c> (string), <c>is_focal</c> (bool), <c>row_year, metric</c> (string),
    /// <c>value</c> (decimal, null when empty), <c>unit</c> (string), <c>low, high</c> (decimal, null = open or empty),
    /// <c>year</c> (string), <c>rank</c> (int, null when not ranked), <c>share_percent</c> (decimal), <c>share_of</c> (string),
    /// <c>ratio_to_focal</c> (decimal), <c>sources</c> (string, numbers joined by ';'), <c>notes</c> (string, joined by " | "),
    /// <c>reason</c> (string).
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var cells = LongRows().ToArray();
        return new DataFrame(
            new StringDataFrameColumn("region_id", cells.Select(c => c.Row.RegionId)),
            new StringDataFrameColumn("label_en", cells.Select(c => c.Row.LabelEn)),
            new StringDataFrameColumn("label_zh", cells.Select(c => c.Row.LabelZh)),
            new BooleanDataFrameColumn("is_focal", cells.Select(c => c.Row.IsFocal)),
            new StringDataFrameColumn("row_year", cells.Select(c => c.Row.Year.ToString())),
            new StringDataFrameColumn("metric", cells.Select(c => c.Cell.Metric)),
            new DecimalDataFrameColumn("value", cells.Select(c => c.Cell.Point?.Value)),
            new StringDataFrameColumn("unit", cells.Select(c => c.Cell.Point?.Unit.Code)),
            new DecimalDataFrameColumn("low", cells.Select(c => c.Cell.Low)),
            new DecimalDataFrameColumn("high", cells.Select(c => c.Cell.High)),
            new StringDataFrameColumn("year", cells.Select(c => c.Cell.Year.ToString())),
            new Int32DataFrameColumn("rank", cells.Select(c => c.Cell.Rank)),
            new DecimalDataFrameColumn("share_percent", cells.Select(c => c.Cell.SharePercent)),
            new StringDataFrameColumn("share_of", cells.Select(c => c.Cell.ShareOf)),
            new DecimalDataFrameColumn("ratio_to_focal", cells.Select(c => c.Cell.RatioToFocal)),
            new StringDataFrameColumn("sources", cells.Select(c => SourceList(c.Cell))),
            new StringDataFrameColumn("notes", cells.Select(c => string.Join(" | ", c.Cell.Notes))),
            new StringDataFrameColumn("reason", cells.Select(c => c.Cell.Reason)));
    }

    /// <summary>
    /// The long form of <see cref="ToDataFrame"/> as CSV (UTF-8 text, invariant culture, full decimal precision,
    /// empty for null), followed by nothing else; sources are listed by <see cref="ToCsvSources"/>.
    /// </summary>
    public string ToCsv() => CsvOf(n => n);

    /// <summary>
    /// The CSV of <see cref="ToCsv()"/> with the <c>sources</c> column numbered by <paramref name="notes"/> (see
    /// <see cref="ToHtml(SourceNotes)"/>), for a report whose tables share one source list.
    /// </summary>
    public string ToCsv(SourceNotes notes) => CsvOf(NumbersIn(notes));

    private string CsvOf(Func<int, int> number) =>
        FigureCsv.ToCsvText(LongRows().Select(x => ComparisonCsvRecord.From(x.Row, x.Cell, number)));

    /// <summary>The numbered sources as CSV: <c>number,title,url,publisher,published,confidence</c>.</summary>
    public string ToCsvSources() => ComparisonSourceCsvRecord.ToCsv(Sources);

    /// <summary>
    /// Markdown for people: one table per metric (clusters by rank, with value, range, year (and age, where an older figure stands in), rank, share, ratio to the
    /// focal cluster, source numbers and notes), then the numbered sources with links, then the notes of the comparison.
    /// </summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"## {Md(Label(Focal))} compared with its peers\n\n");
        foreach (var metric in Metrics)
        {
            sb.Append(CultureInfo.InvariantCulture, $"### {Md(metric)} ({Md(UnitOf(metric)?.Code ?? "no value")})\n\n");
            sb.Append("| Cluster | Value | Range | Year | Rank | Share | × focal | Sources | Notes |\n");
            sb.Append("|---|---:|---|---|---:|---:|---:|---|---|\n");
            foreach (var (row, cell) in ByRank(metric))
            {
                sb.Append(CultureInfo.InvariantCulture,
                    $"| {Md(RowLabel(row))} | {Md(ValueText(cell))} | {Md(RangeText(cell))} | {Md(YearText(cell))} | {RankText(cell)} | {Md(ShareText(cell))} | {RatioText(cell)} | {string.Join(" ", cell.Sources.Select(n => $"[{n}](#source-{n})"))} | {Md(string.Join("; ", cell.Notes))} |\n");
            }
            sb.Append('\n');
        }
        sb.Append("### Sources\n\n");
        foreach (var s in Sources)
        {
            var title = Markdown.Link(s.Url, s.Title);
            sb.Append(CultureInfo.InvariantCulture, $"{s.Number}. <a id=\"source-{s.Number}\"></a>{title} — {Md(SourceDetail(s))}\n");
        }
        sb.Append("\n### Notes\n\n");
        foreach (var n in Notes) sb.Append(CultureInfo.InvariantCulture, $"- {Md(n)}\n");
        return sb.ToString();
    }

    /// <summary>
    /// A self-contained HTML fragment: one table per metric (its unit named once, in the caption), one row per cluster
    /// by rank with the value rounded for people, range, year (and age, where an older figure stands in), rank, share, ratio to the focal cluster, source numbers
    /// as <c>[1, 2]</c> linking to the list and the cell's notes as numbered footnotes under the table; then the
    /// numbered sources linking to their URLs (http and https only). The markup of the report's comparison; every
    /// text is HTML-encoded.
    /// </summary>
    public string ToHtml() => RenderHtml(n => n, includeSources: true);

    /// <summary>
    /// The table of <see cref="ToHtml()"/> numbered with <paramref name="notes"/>, so that a page with several tables
    /// has one source list: each source of the comparison (exchange rates and reference totals included) gets its
    /// number from <paramref name="notes"/>, and the list is left to the caller (<see cref="SourceNotes.ToHtml"/>).
    /// The comparison's notes (year rule, currency, targets) follow the table.
    /// </summary>
    public string ToHtml(SourceNotes notes) => RenderHtml(NumbersIn(notes), includeSources: false);

    // Maps this comparison's source numbers to those of notes, numbering a source there when it is first asked for (so
    // that a page numbers its sources in reading order). The cells' own input sources carry their quotes; rate and
    // reference-total sources are known by title only.
    internal Func<int, int> NumbersIn(SourceNotes notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var bySource = Rows.SelectMany(r => r.Cells).SelectMany(c => c.Inputs).Select(f => f.Source)
            .GroupBy(s => (s.Title, s.Url)).ToDictionary(g => g.Key, g => g.First());
        var byNumber = Sources.ToDictionary(s => s.Number);
        var numbers = new Dictionary<int, int>();
        return n =>
        {
            if (numbers.TryGetValue(n, out var mapped)) return mapped;
            var s = byNumber[n];
            mapped = notes.NumberOf(bySource.TryGetValue((s.Title, s.Url), out var full) ? full : new Source(s.Title, s.Url, s.Publisher, s.Published, "", s.Confidence));
            numbers.Add(n, mapped);
            return mapped;
        };
    }

    private string RenderHtml(Func<int, int> number, bool includeSources)
    {
        var sb = new StringBuilder("<div class=\"clusterstats-comparison\">\n");
        foreach (var metric in Metrics) sb.Append(MetricTable(metric, number));
        if (includeSources)
        {
            sb.Append("<ol class=\"clusterstats-sources\">\n");
            foreach (var s in Sources)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<li id=\"source-{s.Number}\">{Html.Link(s.Url, s.Title)} — {Html.Encode(SourceDetail(s))}</li>\n");
            }
            sb.Append("</ol>\n");
        }
        sb.Append("<ul class=\"notes\">\n");
        foreach (var n in Notes) sb.Append(CultureInfo.InvariantCulture, $"<li>{Html.Encode(n)}</li>\n");
        sb.Append("</ul>\n</div>\n");
        return sb.ToString();
    }

    // One table per metric, clusters by rank: the unit once in the caption, values rounded for people, source numbers
    // as [1, 2], and each cell's notes as numbered footnotes under the table, so that no cell holds long text.
    private string MetricTable(string metric, Func<int, int> number)
    {
        var unit = UnitOf(metric);
        var rows = ByRank(metric).ToList();
        bool shares = rows.Any(x => x.Cell.SharePercent is not null);
        string id = "comparison-" + metric;
        var footnotes = new List<string>();
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<table class=\"clusterstats comparison\" id=\"{Html.Encode(id)}\">\n<caption>{Html.Encode(MetricTitle(metric))}{(unit is null ? "" : ", in " + Html.Encode(unit.Code))} <small>{Html.Encode(metric)}</small></caption>\n");
        sb.Append("<thead><tr><th>Cluster</th><th class=\"num\">Value</th><th>Range</th><th>Year</th><th class=\"num\">Rank</th>");
        if (shares) sb.Append("<th>Share</th>");
        sb.Append("<th class=\"num\">× focal</th><th>Sources</th><th>Notes</th></tr></thead>\n<tbody>\n");
        foreach (var (row, cell) in rows)
        {
            var value = cell.Point is Quantity q ? FigureFormat.Number(q.Value) + (q.Unit == unit ? "" : " " + q.Unit.Code) : "—";
            sb.Append(CultureInfo.InvariantCulture, $"<tr{(row.IsFocal ? " class=\"focal\"" : "")}><th scope=\"row\">{Html.Encode(RowLabel(row))}</th>");
            sb.Append(CultureInfo.InvariantCulture, $"<td class=\"num value\">{Html.Encode(value)}</td><td class=\"range\">{Html.Encode(RangeText(cell))}</td><td class=\"year\">{Html.Encode(cell.Year.ToString())}{(AgeText(cell) is { } age ? "<br><small class=\"age\">" + Html.Encode(age) + "</small>" : "")}</td><td class=\"num\">{RankText(cell)}</td>");
            if (shares) sb.Append(CultureInfo.InvariantCulture, $"<td class=\"share\">{Html.Encode(ShareText(cell))}</td>");
            sb.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{Html.Encode(RatioText(cell))}</td><td>{Html.SourceRefs(cell.Sources.Select(number))}</td><td>");
            // Numbered in order of first use down the table; a row lists its own notes in ascending order.
            var marks = cell.Notes.Select(note =>
            {
                int n = footnotes.IndexOf(note) + 1;
                if (n == 0) { footnotes.Add(note); n = footnotes.Count; }
                return n;
            }).Distinct().Order().Select(n => string.Create(CultureInfo.InvariantCulture, $"<a href=\"#{Html.Encode(id)}-note-{n}\">{n}</a>")).ToList();
            if (marks.Count > 0) sb.Append("<span class=\"note\">").Append(marks.Count == 1 ? "note " : "notes ").AppendJoin(", ", marks).Append("</span>");
            sb.Append("</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n");
        if (footnotes.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<ol class=\"footnotes\" aria-label=\"Notes to {Html.Encode(metric)}\">\n");
            for (int i = 0; i < footnotes.Count; i++)
                sb.Append(CultureInfo.InvariantCulture, $"<li id=\"{Html.Encode(id)}-note-{i + 1}\">{Html.Encode(footnotes[i])}</li>\n");
            sb.Append("</ol>\n");
        }
        return sb.ToString();
    }

    // "Output value per pair": the English title of a built-in metric, or the name with spaces.
    private static string MetricTitle(string metric) => MetricTitles.English(metric);

    /// <summary>Plain text for a terminal: one aligned table per metric (clusters by rank), then the numbered sources and notes; control characters from the data shown escaped (<c>\u001b</c>).</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Label(Focal)} compared with its peers{(Currency is Currency c ? $" (money in {c})" : "")}\n");
        foreach (var metric in Metrics)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{metric} ({UnitOf(metric)?.Code ?? "no value"})\n");
            var lines = new List<string[]> { new[] { "cluster", "value", "range", "year", "rank", "share", "x focal", "sources" } };
            var notes = new List<string>();
            foreach (var (row, cell) in ByRank(metric))
            {
                lines.Add([Printable.Escape(RowLabel(row)) + (row.IsFocal ? " *" : ""), ValueText(cell), RangeText(cell), Printable.Escape(YearText(cell)), RankText(cell), Printable.Escape(ShareText(cell)), RatioText(cell), string.Join(",", cell.Sources)]);
                foreach (var n in cell.Notes) notes.Add($"    {row.RegionId}: {Printable.Escape(n)}");
            }
            var widths = Enumerable.Range(0, lines[0].Length).Select(i => lines.Max(l => Width(l[i]))).ToArray();
            foreach (var l in lines) sb.Append("  ").Append(string.Join("  ", l.Select((t, i) => Pad(t, widths[i], left: i is 1 or 4 or 5 or 6))).TrimEnd()).Append('\n');
            foreach (var n in notes.Distinct(StringComparer.Ordinal)) sb.Append(n).Append('\n');
        }
        sb.Append("\nSources\n");
        foreach (var s in Sources) sb.Append(CultureInfo.InvariantCulture, $"  [{s.Number}] {Printable.Escape(s.Title)} — {Printable.Escape(SourceDetail(s))}{(s.Url is null ? "" : " " + Printable.Escape(s.Url))}\n");
        sb.Append("\nNotes\n");
        foreach (var n in Notes) sb.Append(CultureInfo.InvariantCulture, $"  - {Printable.Escape(n)}\n");
        return sb.ToString();
    }

    // Terminal columns: East Asian wide characters (CJK, Hangul, full-width forms) take two.
    private static int Width(string s) => s.Sum(c => c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
        or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6') ? 2 : 1);

    private static string Pad(string s, int width, bool left) => left ? new string(' ', Math.Max(0, width - Width(s))) + s : s + new string(' ', Math.Max(0, width - Width(s)));

    private IEnumerable<(ComparisonRow Row, ComparisonCell Cell)> LongRows() =>
        Rows.SelectMany(r => r.Cells.Select(c => (r, c)));

    // Ranked rows first (by rank), then the rest in row order.
    private IEnumerable<(ComparisonRow Row, ComparisonCell Cell)> ByRank(string metric) =>
        Rows.Select((r, i) => (Row: r, Cell: r[metric], Index: i)).OrderBy(x => x.Cell.Rank ?? int.MaxValue).ThenBy(x => x.Index).Select(x => (x.Row, x.Cell));

    private string Label(string id) => Rows.FirstOrDefault(r => string.Equals(r.RegionId, id, StringComparison.Ordinal)) is ComparisonRow r ? RowLabel(r) : id;

    private static string RowLabel(ComparisonRow r) =>
        (string.Equals(r.LabelEn, r.RegionId, StringComparison.Ordinal) ? r.RegionId : r.LabelEn) + (r.LabelZh is null ? "" : " " + r.LabelZh);

    private static string SourceList(ComparisonCell c) => string.Join(";", c.Sources.Select(n => n.ToString(CultureInfo.InvariantCulture)));

    private static string SourceDetail(ComparisonSource s) =>
        string.Join(", ", new[] { s.Publisher, s.Published ?? "", s.Confidence.ToCode() + " confidence" }.Where(x => x.Length > 0));

    private static string Md(string? s) => Markdown.Escape(s);

    private static string ValueText(ComparisonCell c) => c.Point is Quantity q ? FigureFormat.Number(q.Value) + " " + q.Unit.Code : "—";

    internal static string RangeText(ComparisonCell c) => c.Point is null ? "" : (c.Low, c.High) switch
    {
        (decimal lo, decimal hi) when lo == hi => "",
        (decimal lo, decimal hi) => FigureFormat.Number(lo) + " – " + FigureFormat.Number(hi),
        (decimal lo, null) => "at least " + FigureFormat.Number(lo) + " (open above)",
        (null, decimal hi) => "at most " + FigureFormat.Number(hi) + " (open below)",
        _ => "open on both sides",
    };

    /// <summary>The cell's year with its age where an older figure stands in: "2021 (3 years older)".</summary>
    internal string YearText(ComparisonCell c) => AgeText(c) is { } age ? $"{c.Year} ({age})" : c.Year.ToString();

    // "3 years older" than the comparison year (MaxAge), or "8 years older, not ranked" than the focal cluster's year
    // with the latest of each (the cell's notes and the comparison's notes name that year).
    internal string? AgeText(ComparisonCell c) => c.Age is not int a ? null
        : string.Create(CultureInfo.InvariantCulture, $"{a} year{(a == 1 ? "" : "s")} older{(Year is null ? ", not ranked" : "")}");

    private static string RankText(ComparisonCell c) => c.Rank?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string ShareText(ComparisonCell c) => c.SharePercent is decimal s ? FigureFormat.Number(s) + " % of " + c.ShareOf : "";

    private static string RatioText(ComparisonCell c) => c.RatioToFocal is decimal r ? "×" + FigureFormat.Number(r) : "";
}

/// <summary>One row of <see cref="Comparison.ToCsv()"/>.</summary>
[CsvRecord]
internal sealed partial class ComparisonCsvRecord
{
    [CsvColumn("region_id")] public string RegionId { get; set; } = "";
    [CsvColumn("label_en")] public string LabelEn { get; set; } = "";
    [CsvColumn("label_zh")] public string? LabelZh { get; set; }
    [CsvColumn("is_focal")] public bool IsFocal { get; set; }
    [CsvColumn("row_year")] public string RowYear { get; set; } = "";
    [CsvColumn("metric")] public string Metric { get; set; } = "";
    [CsvColumn("value")] public decimal? Value { get; set; }
    [CsvColumn("unit")] public string? Unit { get; set; }
    [CsvColumn("low")] public decimal? Low { get; set; }
    [CsvColumn("high")] public decimal? High { get; set; }
    [CsvColumn("year")] public string Year { get; set; } = "";
    [CsvColumn("rank")] public int? Rank { get; set; }
    [CsvColumn("share_percent")] public decimal? SharePercent { get; set; }
    [CsvColumn("share_of")] public string? ShareOf { get; set; }
    [CsvColumn("ratio_to_focal")] public decimal? RatioToFocal { get; set; }
    [CsvColumn("sources")] public string Sources { get; set; } = "";
    [CsvColumn("notes")] public string Notes { get; set; } = "";

    public static ComparisonCsvRecord From(ComparisonRow r, ComparisonCell c, Func<int, int> number) => new()
    {
        RegionId = r.RegionId,
        LabelEn = r.LabelEn,
        LabelZh = r.LabelZh,
        IsFocal = r.IsFocal,
        RowYear = r.Year.ToString(),
        Metric = c.Metric,
        Value = c.Point?.Value,
        Unit = c.Point?.Unit.Code,
        Low = c.Low,
        High = c.High,
        Year = c.Year.ToString(),
        Rank = c.Rank,
        SharePercent = c.SharePercent,
        ShareOf = c.ShareOf,
        RatioToFocal = c.RatioToFocal,
        Sources = string.Join(";", c.Sources.Select(number).Distinct().Select(n => n.ToString(CultureInfo.InvariantCulture))),
        Notes = string.Join(" | ", c.Notes),
    };
}

/// <summary>One row of <see cref="Comparison.ToCsvSources"/> and <see cref="SourceNotes.ToCsv"/>.</summary>
[CsvRecord]
internal sealed partial class ComparisonSourceCsvRecord
{
    [CsvColumn("number")] public int Number { get; set; }
    [CsvColumn("title")] public string Title { get; set; } = "";
    [CsvColumn("url")] public string? Url { get; set; }
    [CsvColumn("publisher")] public string Publisher { get; set; } = "";
    [CsvColumn("published")] public string? Published { get; set; }
    [CsvColumn("confidence")] public string Confidence { get; set; } = "";

    /// <summary>Numbered sources as CSV text, header first.</summary>
    public static string ToCsv(IEnumerable<ComparisonSource> sources) =>
        FigureCsv.ToCsvText(sources.Select(s => new ComparisonSourceCsvRecord
        {
            Number = s.Number, Title = s.Title, Url = s.Url, Publisher = s.Publisher, Published = s.Published, Confidence = s.Confidence.ToCode(),
        }));
}
