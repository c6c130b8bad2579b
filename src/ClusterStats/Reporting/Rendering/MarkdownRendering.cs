using System.Globalization;
using System.Text;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// The one Markdown rendering of the results that have one: figures, comparisons and numbered source lists. Every
/// text is escaped for a table cell or line; links are made only for http, https and mailto URLs.
/// </summary>
public static class MarkdownRendering
{
    /// <summary>A Markdown table of the figures with a numbered list of their sources.</summary>
    public static string ToMarkdown(this IEnumerable<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var notes = new SourceNotes();
        var rows = figures.Select(f => (IReadOnlyList<string>)
        [
            f.RegionId, f.Indicator.Name, FigureFormat.ForPeople(f, FigurePrecision.Table),
            DecimalText.Plain(f.Quantity.Value), f.Quantity.Unit.Code, f.Qualifier.ToCode(), f.When, f.Scope ?? "", f.Status.ToCode(),
            string.Create(CultureInfo.InvariantCulture, $"[{notes.NumberOf(f.Source)}] {f.Source.Confidence.ToCode()}"),
        ]).ToList();
        return Markdown.Table(HtmlRendering.FigureHeaders, rows) + "\n" + notes.ToMarkdown();
    }

    /// <summary>The numbered sources as a Markdown list with anchors (<c>source-N</c>) and links.</summary>
    public static string ToMarkdown(this SourceNotes notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        return SourceList(notes.Numbered());
    }

    /// <summary>
    /// Markdown for people: one table per metric (clusters by rank, with value, range, year (and age, where an older
    /// figure stands in), rank, share, ratio to the focal cluster, source numbers and notes), then the numbered sources
    /// with links, then the notes of the comparison.
    /// </summary>
    public static string ToMarkdown(this Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"## {Md(comparison.Label(comparison.Focal))} compared with its peers\n\n");
        foreach (var metric in comparison.Metrics)
        {
            sb.Append(CultureInfo.InvariantCulture, $"### {Md(metric)} ({Md(comparison.UnitOf(metric)?.Code ?? "no value")})\n\n");
            sb.Append("| Cluster | Value | Range | Year | Rank | Share | × focal | Sources | Notes |\n");
            sb.Append("|---|---:|---|---|---:|---:|---:|---|---|\n");
            foreach (var (row, cell) in comparison.ByRank(metric))
            {
                sb.Append(CultureInfo.InvariantCulture,
                    $"| {Md(ComparisonText.RowLabel(row))} | {Md(ComparisonText.ValueText(cell))} | {Md(ComparisonText.RangeText(cell))} | {Md(comparison.YearText(cell))} | {ComparisonText.RankText(cell)} | {Md(ComparisonText.ShareText(cell))} | {ComparisonText.RatioText(cell)} | {string.Join(" ", cell.Sources.Select(n => $"[{n}](#source-{n})"))} | {Md(string.Join("; ", cell.Notes))} |\n");
            }
            sb.Append('\n');
        }
        sb.Append("### Sources\n\n");
        sb.Append(SourceList(comparison.Sources));
        sb.Append("\n### Notes\n\n");
        foreach (var n in comparison.Notes) sb.Append(CultureInfo.InvariantCulture, $"- {Md(n)}\n");
        return sb.ToString();
    }

    // The numbered source list of every Markdown table: an anchor for the table's links, the title (linked when safe),
    // then publisher, publication date and confidence.
    private static string SourceList(IReadOnlyList<ComparisonSource> sources)
    {
        var sb = new StringBuilder();
        foreach (var s in sources)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{s.Number}. <a id=\"source-{s.Number}\"></a>{Markdown.Link(s.Url, s.Title)} — {Md(ComparisonText.SourceDetail(s))}\n");
        }
        return sb.ToString();
    }

    private static string Md(string? s) => Markdown.Escape(s);
}
