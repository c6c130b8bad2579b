using System.Globalization;
using System.Text;
using ClusterStats.Indices;
using ClusterStats.Internal;
using ClusterStats.Plotting;
using Microsoft.Data.Analysis;
using ScottPlot;

namespace ClusterStats;

/// <summary>
/// The one HTML rendering of every result the library shows: figure sets and figures, conflicts, comparisons, index
/// results, DataFrames, quantities, numbered source lists and charts. The notebook formatters, <see cref="ClusterReport"/>
/// and the analysis pages of scripts all call these, so a value looks the same wherever it is shown. Every text is
/// HTML-encoded; links are made only for http, https and mailto URLs; numbers use the invariant culture.
/// </summary>
public static class HtmlRendering
{
    /// <summary>The columns of a figure table, in HTML and Markdown.</summary>
    internal static readonly string[] FigureHeaders = ["Region", "Indicator", "Value", "Plain value", "Unit", "Qualifier", "Year", "Scope", "Status", "Source"];

    /// <summary>
    /// An HTML table of the figures (value for people and in plain digits, unit, qualifier, year, scope, status, source
    /// number and confidence), then the numbered list of their sources; with <paramref name="notes"/>, the sources are
    /// numbered there and the list is left to the caller (<see cref="ToHtml(SourceNotes)"/>).
    /// </summary>
    public static string ToHtml(this IEnumerable<Figure> figures, SourceNotes? notes = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        bool ownNotes = notes is null;
        notes ??= new SourceNotes();
        var rows = figures.Select(f => (IReadOnlyList<string>)
        [
            Html.Encode(f.RegionId), Html.Encode(f.Indicator.Name),
            RoundedCell(FigureFormat.ForPeople(f, FigurePrecision.Table), f.Quantity.Value, f.ValueHigh),
            Html.Encode(DecimalText.Plain(f.Quantity.Value)), Html.Encode(f.Quantity.Unit.Code), Html.Encode(f.Qualifier.ToCode()),
            Html.Encode(f.When), Html.Encode(f.Scope ?? ""), Html.Encode(f.Status.ToCode()),
            SourceReference(notes, f.Source) + " " + Html.Encode(f.Source.Confidence.ToCode()),
        ]).ToList();
        var table = Html.Table("figures", FigureHeaders, rows);
        return ownNotes ? table + notes.ToHtml() : table;
    }

    /// <summary>One figure as the table of <see cref="ToHtml(IEnumerable{Figure}, SourceNotes?)"/>, with its source.</summary>
    public static string ToHtml(this Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return ToHtml([figure]);
    }

    /// <summary>
    /// Conflicting groups: one table per group, captioned with its kind (conflict or possible conflict), each figure
    /// with its value, year or period, source and status, the undated figures listed beside it as undated, then the
    /// numbered sources (left to the caller when <paramref name="notes"/> is given).
    /// </summary>
    public static string ToHtml(this IEnumerable<ConflictGroup> conflicts, SourceNotes? notes = null)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        bool ownNotes = notes is null;
        notes ??= new SourceNotes();
        var sb = new StringBuilder("<div class=\"clusterstats conflicts\">");
        int count = 0;
        foreach (var g in conflicts)
        {
            count++;
            var caption = string.Create(CultureInfo.InvariantCulture,
                $"{(g.Kind == ConflictKind.Conflict ? "Conflict" : "Possible conflict")} · {g.RegionId} · {g.Indicator.Name}{(g.Scope is null ? "" : " · " + g.Scope)}: sources {(g.Kind == ConflictKind.Conflict ? "disagree" : "may disagree")} by {g.RelativeSpread * 100:0.#} %");
            var rows = g.Figures.Select(f => Row(f, "dated", notes))
                .Concat(g.Undated.Select(f => Row(f, "undated — listed beside the group, not matched by year", notes)));
            sb.Append(Html.Table("conflict", ["Value", "Plain value", "Unit", "Qualifier", "Year", "Source", "Quote", "Matching", "Status"], rows, caption));
        }
        if (count == 0) sb.Append("<p>No conflicts: the sources agree within the tolerance.</p>");
        sb.Append("</div>");
        if (ownNotes) sb.Append(notes.ToHtml());
        return sb.ToString();

        static IReadOnlyList<string> Row(Figure f, string matching, SourceNotes notes) =>
        [
            RoundedCell(FigureFormat.ForPeople(f, FigurePrecision.Table), f.Quantity.Value, f.ValueHigh),
            Html.Encode(DecimalText.Plain(f.Quantity.Value)), Html.Encode(f.Quantity.Unit.Code), Html.Encode(f.Qualifier.ToCode()),
            Html.Encode(f.When), SourceReference(notes, f.Source) + " " + Html.Encode(f.Source.Title),
            Html.Encode(f.Source.Quote), Html.Encode(matching), Html.Encode(f.Status.ToCode()),
        ];
    }

    /// <summary>One conflict group as <see cref="ToHtml(IEnumerable{ConflictGroup}, SourceNotes?)"/> shows it, with its sources.</summary>
    public static string ToHtml(this ConflictGroup conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        return ToHtml([conflict]);
    }

    /// <summary>
    /// A comparison as an HTML fragment: one table per metric (its unit named once, in the caption), one row per cluster
    /// by rank with the value rounded for people, range, year (and age, where an older figure stands in), rank, share,
    /// ratio to the focal cluster, source numbers as <c>[1, 2]</c> linking to the list and the cell's notes as numbered
    /// footnotes under the table; then the numbered sources and the notes of the comparison.
    /// </summary>
    public static string ToHtml(this Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return ComparisonHtml(comparison, n => n, comparison.Sources);
    }

    /// <summary>
    /// The tables of <see cref="ToHtml(Comparison)"/> numbered with <paramref name="notes"/>, so that a page with several
    /// tables has one source list: each source of the comparison (exchange rates and reference totals included) gets its
    /// number from <paramref name="notes"/>, and the list is left to the caller (<see cref="ToHtml(SourceNotes)"/>).
    /// The comparison's notes (year rule, currency, targets) follow the tables.
    /// </summary>
    public static string ToHtml(this Comparison comparison, SourceNotes notes)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return ComparisonHtml(comparison, comparison.NumbersIn(notes), null);
    }

    /// <summary>An index result as the HTML table of its <see cref="IIndexResult.ToDataFrame"/> (see <see cref="ToHtml(DataFrame, int)"/>).</summary>
    public static string ToHtml(this IIndexResult result, int maxRows = 200)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ToHtml(result.ToDataFrame(), maxRows);
    }

    /// <summary>
    /// An HTML table of the first <paramref name="maxRows"/> rows (default 200) of <paramref name="frame"/> (invariant
    /// culture, decimals in full, null cells empty); when rows are left out, a line below the table says how many.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> is negative.</exception>
    public static string ToHtml(this DataFrame frame, int maxRows = 200)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var headers = frame.Columns.Select(c => c.Name).ToArray();
        long shown = Math.Min(frame.Rows.Count, maxRows);
        var rows = new List<IReadOnlyList<string>>();
        for (long r = 0; r < shown; r++)
        {
            rows.Add(frame.Columns.Select(c => Html.Encode(Cell(c[r]))).ToArray());
        }
        var table = Html.Table("dataframe", headers, rows);
        return shown < frame.Rows.Count
            ? table + string.Create(CultureInfo.InvariantCulture, $"<p>{frame.Rows.Count - shown} more rows not shown.</p>")
            : table;

        static string Cell(object? value) => value switch
        {
            null => "",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            decimal m => DecimalText.Plain(m),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }

    /// <summary>
    /// A quantity: <c>&lt;span class="clusterstats-quantity"&gt;</c> holding the value for people and, in brackets, its
    /// machine form (<c>2.2 billion pairs (2200000000 pairs)</c>).
    /// </summary>
    public static string ToHtml(this Quantity quantity) => QuantitySpan(FigureFormat.ForPeople(quantity) + " (" + quantity + ")");

    /// <summary>
    /// A qualified quantity, like <see cref="ToHtml(Quantity)"/>: both bounds of a range, the qualifier and "(target)" for
    /// a plan target in words, then the machine form (<c>30,000–40,000 persons (30000..40000 persons range)</c>).
    /// </summary>
    public static string ToHtml(this QualifiedQuantity quantity) =>
        QuantitySpan(FigureFormat.ForPeople(quantity) + " (" + quantity + ")");

    /// <summary>
    /// A value rounded for a table, HTML-encoded; when rounding changed it (the text shows "≈"), the exact plain value
    /// (both bounds of a range) is its title, so a reader can see every digit.
    /// </summary>
    internal static string RoundedCell(string text, decimal value, decimal? high) => !text.Contains('≈', StringComparison.Ordinal) ? Html.Encode(text)
        : "<span title=\"" + Html.Encode(DecimalText.Plain(value) + (high is decimal h ? ".." + DecimalText.Plain(h) : "")) + "\">" + Html.Encode(text) + "</span>";

    private static string QuantitySpan(string text) => "<span class=\"clusterstats-quantity\">" + Html.Encode(text) + "</span>";

    /// <summary>
    /// The numbered sources as an HTML list (<c>&lt;ol class="clusterstats-sources"&gt;</c>, item ids <c>source-N</c>) with
    /// title (linked when its URL is http, https or mailto), publisher, publication date and confidence; empty when
    /// there are no sources.
    /// </summary>
    public static string ToHtml(this SourceNotes notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        return SourceList(notes.Numbered());
    }

    /// <summary>
    /// An HTML <c>img</c> element with the chart as a base64 PNG data URI, for notebooks and pages:
    /// <c>&lt;img src="data:image/png;base64,..." width=".." height=".." alt=".."&gt;</c>.
    /// </summary>
    /// <param name="plot">The chart.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="alt">Alternative text (HTML-encoded here); the chart title when null.</param>
    public static string ToPngHtml(this Plot plot, int width = ChartOutput.DefaultWidth, int height = ChartOutput.DefaultHeight, string? alt = null)
    {
        var png = plot.ToPng(width, height);
        var text = Html.Encode(alt ?? plot.Axes.Title.Label.Text ?? "chart");
        return string.Create(CultureInfo.InvariantCulture,
            $"<img src=\"data:image/png;base64,{Convert.ToBase64String(png)}\" width=\"{width}\" height=\"{height}\" alt=\"{text}\">");
    }

    /// <summary>The chart as an inline <c>&lt;svg&gt;</c> element for HTML (the viewer needs the font named in it).</summary>
    public static string ToSvgHtml(this Plot plot, int width = ChartOutput.DefaultWidth, int height = ChartOutput.DefaultHeight)
    {
        var svg = plot.ToSvg(width, height);
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }

    /// <summary>An HTML reference to a source's number in <paramref name="notes"/>: <c>[3]</c>, the number linking to the list item.</summary>
    internal static string SourceReference(SourceNotes notes, Source source) => Html.SourceRefs([notes.NumberOf(source)]);

    // The numbered source list of every page and table.
    private static string SourceList(IReadOnlyList<ComparisonSource> sources)
    {
        if (sources.Count == 0) return "";
        var sb = new StringBuilder("<ol class=\"clusterstats-sources\">");
        foreach (var s in sources)
        {
            sb.Append("<li id=\"source-").Append(s.Number.ToString(CultureInfo.InvariantCulture)).Append("\">");
            sb.Append(Html.Link(s.Url, s.Title));
            sb.Append(" — ").Append(Html.Encode(s.Publisher));
            if (s.Published is { Length: > 0 } p) sb.Append(", ").Append(Html.Encode(p));
            sb.Append(" <span class=\"confidence\">(").Append(s.Confidence.ToCode()).Append(" confidence)</span>");
            sb.Append("</li>");
        }
        return sb.Append("</ol>").ToString();
    }

    // The tables, then (when sources is not null) the source list, then the comparison's notes.
    private static string ComparisonHtml(Comparison comparison, Func<int, int> number, IReadOnlyList<ComparisonSource>? sources)
    {
        var sb = new StringBuilder("<div class=\"clusterstats-comparison\">\n");
        foreach (var metric in comparison.Metrics) sb.Append(MetricTable(comparison, metric, number));
        if (sources is not null) sb.Append(SourceList(sources)).Append('\n');
        sb.Append("<ul class=\"notes\">\n");
        foreach (var n in comparison.Notes) sb.Append(CultureInfo.InvariantCulture, $"<li>{Html.Encode(n)}</li>\n");
        sb.Append("</ul>\n</div>\n");
        return sb.ToString();
    }

    // One table per metric, clusters by rank: the unit once in the caption, values rounded for people, source numbers
    // as [1, 2], and each cell's notes as numbered footnotes under the table, so that no cell holds long text.
    private static string MetricTable(Comparison comparison, string metric, Func<int, int> number)
    {
        var unit = comparison.UnitOf(metric);
        var rows = comparison.ByRank(metric).ToList();
        bool shares = rows.Any(x => x.Cell.SharePercent is not null);
        string id = "comparison-" + metric;
        var footnotes = new List<string>();
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<table class=\"clusterstats comparison\" id=\"{Html.Encode(id)}\">\n<caption>{Html.Encode(MetricTitles.English(metric))}{(unit is null ? "" : ", in " + Html.Encode(unit.Code))} <small>{Html.Encode(metric)}</small></caption>\n");
        sb.Append("<thead><tr><th>Cluster</th><th class=\"num\">Value</th><th>Range</th><th>Year</th><th class=\"num\">Rank</th>");
        if (shares) sb.Append("<th>Share</th>");
        sb.Append("<th class=\"num\">× focal</th><th>Sources</th><th>Notes</th></tr></thead>\n<tbody>\n");
        foreach (var (row, cell) in rows)
        {
            var value = cell.Point is Quantity q ? RoundedCell(ComparisonText.ValueText(cell, unit), q.Value, null) : Html.Encode("—");
            sb.Append(CultureInfo.InvariantCulture, $"<tr{(row.IsFocal ? " class=\"focal\"" : "")}><th scope=\"row\">{Html.Encode(ComparisonText.RowLabel(row))}</th>");
            sb.Append(CultureInfo.InvariantCulture, $"<td class=\"num value\">{value}</td><td class=\"range\">{RoundedCell(ComparisonText.RangeText(cell), cell.Low ?? cell.High ?? 0m, cell.Low is null ? null : cell.High)}</td><td class=\"year\">{Html.Encode(cell.Year.ToString())}{(comparison.AgeText(cell) is { } age ? "<br><small class=\"age\">" + Html.Encode(age) + "</small>" : "")}</td><td class=\"num\">{ComparisonText.RankText(cell)}</td>");
            if (shares) sb.Append(CultureInfo.InvariantCulture, $"<td class=\"share\">{RoundedCell(ComparisonText.ShareText(cell), cell.SharePercent ?? 0m, null)}</td>");
            sb.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{RoundedCell(ComparisonText.RatioText(cell), cell.RatioToFocal ?? 0m, null)}</td><td>{Html.SourceRefs(cell.Sources.Select(number))}</td><td>");
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
}
