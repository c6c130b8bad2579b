using System.Globalization;
using ClusterStats.Internal;

namespace ClusterStats;

/// <summary>
/// The texts of a comparison's cells that the HTML, Markdown and plain-text renderings share: labels, values, ranges,
/// years with their age, ranks, shares, ratios and source details.
/// </summary>
internal static class ComparisonText
{
    /// <summary>The rows with their cell of <paramref name="metric"/>: ranked rows first (by rank), then the rest in row order.</summary>
    public static IEnumerable<(ComparisonRow Row, ComparisonCell Cell)> ByRank(this Comparison comparison, string metric) =>
        comparison.Rows.Select((r, i) => (Row: r, Cell: r[metric], Index: i)).OrderBy(x => x.Cell.Rank ?? int.MaxValue).ThenBy(x => x.Index).Select(x => (x.Row, x.Cell));

    /// <summary>The label of the row of <paramref name="id"/>, or the id when no row has it.</summary>
    public static string Label(this Comparison comparison, string id) =>
        comparison.Rows.FirstOrDefault(r => string.Equals(r.RegionId, id, StringComparison.Ordinal)) is ComparisonRow r ? RowLabel(r) : id;

    /// <summary>"Xiaobeihe 小北河镇": the English label (or the id) and the Chinese label.</summary>
    public static string RowLabel(ComparisonRow r) =>
        (string.Equals(r.LabelEn, r.RegionId, StringComparison.Ordinal) ? r.RegionId : r.LabelEn) + (r.LabelZh is null ? "" : " " + r.LabelZh);

    /// <summary>Publisher, publication date and confidence, joined by commas.</summary>
    public static string SourceDetail(ComparisonSource s) =>
        string.Join(", ", new[] { s.Publisher, s.Published ?? "", s.Confidence.ToCode() + " confidence" }.Where(x => x.Length > 0));

    /// <summary>The point for people with its qualifier and unit ("about 800 million pairs"), rounded for tables, or a dash.</summary>
    public static string ValueText(ComparisonCell c) => c.Point is Quantity q ? FigureFormat.ForPeople(q, c.Qualifier, FigurePrecision.Table) : "—";

    /// <summary>The point for people with its qualifier, rounded for tables, and its unit only when it differs from
    /// <paramref name="unit"/> (a table naming the unit once); a dash without a value.</summary>
    public static string ValueText(ComparisonCell c, Unit? unit) => c.Point is Quantity q
        ? FigureFormatter.EnglishPrefix(c.Qualifier) + FigureFormat.Number(q.Value, FigurePrecision.Table) + (q.Unit == unit ? "" : " " + q.Unit.Code)
        : "—";

    /// <summary>The range over the sources for people; empty when the sources agree or there is no value.</summary>
    public static string RangeText(ComparisonCell c) => c.Point is null ? "" : (c.Low, c.High) switch
    {
        (decimal lo, decimal hi) when lo == hi => "",
        (decimal lo, decimal hi) => FigureFormat.Number(lo, FigurePrecision.Table) + " – " + FigureFormat.Number(hi, FigurePrecision.Table),
        (decimal lo, null) => "at least " + FigureFormat.Number(lo, FigurePrecision.Table) + " (open above)",
        (null, decimal hi) => "at most " + FigureFormat.Number(hi, FigurePrecision.Table) + " (open below)",
        _ => "open on both sides",
    };

    /// <summary>The cell's year with its age where an older figure stands in: "2021 (3 years older)".</summary>
    public static string YearText(this Comparison comparison, ComparisonCell c) => comparison.AgeText(c) is { } age ? $"{c.Year} ({age})" : c.Year.ToString();

    /// <summary>
    /// "3 years older" than the comparison year (MaxAge), or "8 years older, not ranked" than the focal cluster's year
    /// with the latest of each (the cell's notes and the comparison's notes name that year); null without an age.
    /// </summary>
    public static string? AgeText(this Comparison comparison, ComparisonCell c) => c.Age is not int a ? null
        : string.Create(CultureInfo.InvariantCulture, $"{a} year{(a == 1 ? "" : "s")} older{(comparison.Year is null ? ", not ranked" : "")}");

    /// <summary>The rank, or empty.</summary>
    public static string RankText(ComparisonCell c) => c.Rank?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>"12.5 % of japan 2013", or empty.</summary>
    public static string ShareText(ComparisonCell c) => c.SharePercent is decimal s
        ? FigureFormatter.EnglishPrefix(c.ShareQualifier) + FigureFormat.Number(s, FigurePrecision.Table) + " % of " + c.ShareOf
        : "";

    /// <summary>"×0.5" ("about ×0.5" when a value it divides is approximate), or empty.</summary>
    public static string RatioText(ComparisonCell c) => c.RatioToFocal is decimal r
        ? FigureFormatter.EnglishPrefix(c.RatioToFocalQualifier) + "×" + FigureFormat.Number(r, FigurePrecision.Table)
        : "";
}
