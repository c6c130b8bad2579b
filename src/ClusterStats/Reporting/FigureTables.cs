using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// Figures and conflicts as tables for people: HTML (for notebooks and reports, with numbered source notes that link to
/// the URLs) and Markdown. Every value is shown for people and in plain digits, with unit, qualifier, year and source.
/// </summary>
public static class FigureTables
{
    private static readonly string[] FigureHeaders = ["Region", "Indicator", "Value", "Plain value", "Unit", "Qualifier", "Year", "Scope", "Status", "Source"];

    /// <summary>An HTML table of the figures with a numbered list of their sources.</summary>
    public static string ToHtml(this IEnumerable<Figure> figures, SourceNotes? notes = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        bool ownNotes = notes is null;
        notes ??= new SourceNotes();
        var rows = figures.Select(f => (IReadOnlyList<string>)
        [
            Html.Encode(f.RegionId), Html.Encode(f.Indicator.Name),
            Html.Encode(FigureFormat.ForPeople(f) + (f.IsTarget ? " (target)" : "")),
            Html.Encode(DecimalText.Plain(f.Quantity.Value)), Html.Encode(f.Quantity.Unit.Code), Html.Encode(f.Qualifier.ToCode()),
            Html.Encode(f.When), Html.Encode(f.Scope ?? ""), Html.Encode(f.Status.ToCode()),
            notes.HtmlReference(f.Source) + " " + Html.Encode(f.Source.Confidence.ToCode()),
        ]).ToList();
        var table = Html.Table("figures", FigureHeaders, rows);
        return ownNotes ? table + notes.ToHtml() : table;
    }

    /// <summary>A Markdown table of the figures with a numbered list of their sources.</summary>
    public static string ToMarkdown(this IEnumerable<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var notes = new SourceNotes();
        var rows = figures.Select(f => (IReadOnlyList<string>)
        [
            f.RegionId, f.Indicator.Name, FigureFormat.ForPeople(f) + (f.IsTarget ? " (target)" : ""),
            DecimalText.Plain(f.Quantity.Value), f.Quantity.Unit.Code, f.Qualifier.ToCode(), f.When, f.Scope ?? "", f.Status.ToCode(),
            string.Create(CultureInfo.InvariantCulture, $"[{notes.NumberOf(f.Source)}] {f.Source.Confidence.ToCode()}"),
        ]).ToList();
        return Markdown.Table(FigureHeaders, rows) + "\n" + notes.ToMarkdown();
    }

    /// <summary>
    /// An HTML view of conflicting groups: one table per group, captioned with its kind (conflict or possible
    /// conflict), each figure with its value, year or period, source and status, the undated figures listed beside it
    /// as undated, then the numbered sources.
    /// </summary>
    public static string ToHtml(this IEnumerable<ConflictGroup> conflicts, SourceNotes? notes = null)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        bool ownNotes = notes is null;
        notes ??= new SourceNotes();
        var sb = new System.Text.StringBuilder("<div class=\"clusterstats conflicts\">");
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
            Html.Encode(FigureFormat.ForPeople(f) + (f.IsTarget ? " (target)" : "")),
            Html.Encode(DecimalText.Plain(f.Quantity.Value)), Html.Encode(f.Quantity.Unit.Code), Html.Encode(f.Qualifier.ToCode()),
            Html.Encode(f.When), notes.HtmlReference(f.Source) + " " + Html.Encode(f.Source.Title),
            Html.Encode(f.Source.Quote), Html.Encode(matching), Html.Encode(f.Status.ToCode()),
        ];
    }
}
